/**
 * Types of the card-renderer API, generated from its OpenAPI 3.1 document (GET /openapi.json) by
 * openapi-typescript. Do not edit: `npm run openapi:types` rewrites this file.
 */

export interface paths {
    "/v1/cards/quote.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quote card as PNG: the URL for og:image
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getQuotePng"];
        put?: never;
        /**
         * Quote card as PNG from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postQuotePng"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/quote.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quote card as SVG
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getQuoteSvg"];
        put?: never;
        /**
         * Quote card as SVG from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postQuoteSvg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/quote.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quote card described as JSON, without rendering
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getQuoteJson"];
        put?: never;
        /**
         * Quote card described as JSON (its GET URL and share page URL) from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postQuoteJson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/quote.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quote card share page (HTML with Open Graph and Twitter card tags)
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. Its og:image is the PNG URL of the same card, signed with the page when the service signs. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getQuoteHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/quote.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a quote card as PNG
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signQuotePng"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/quote.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a quote card as SVG
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signQuoteSvg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/quote.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a quote card’s share page
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signQuoteHtml"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/score.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Score card as PNG: the URL for og:image
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getScorePng"];
        put?: never;
        /**
         * Score card as PNG from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postScorePng"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/score.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Score card as SVG
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getScoreSvg"];
        put?: never;
        /**
         * Score card as SVG from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postScoreSvg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/score.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Score card described as JSON, without rendering
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getScoreJson"];
        put?: never;
        /**
         * Score card described as JSON (its GET URL and share page URL) from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postScoreJson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/score.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Score card share page (HTML with Open Graph and Twitter card tags)
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. Its og:image is the PNG URL of the same card, signed with the page when the service signs. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getScoreHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/score.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a score card as PNG
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signScorePng"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/score.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a score card as SVG
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signScoreSvg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/score.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a score card’s share page
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signScoreHtml"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/post.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Post card as PNG: the URL for og:image
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getPostPng"];
        put?: never;
        /**
         * Post card as PNG from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postPostPng"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/post.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Post card as SVG
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getPostSvg"];
        put?: never;
        /**
         * Post card as SVG from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postPostSvg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/post.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Post card described as JSON, without rendering
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getPostJson"];
        put?: never;
        /**
         * Post card described as JSON (its GET URL and share page URL) from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postPostJson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/post.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Post card share page (HTML with Open Graph and Twitter card tags)
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. Its og:image is the PNG URL of the same card, signed with the page when the service signs. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getPostHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/post.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a post card as PNG
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signPostPng"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/post.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a post card as SVG
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signPostSvg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/post.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a post card’s share page
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signPostHtml"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/fixture.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fixture card as PNG: the URL for og:image
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getFixturePng"];
        put?: never;
        /**
         * Fixture card as PNG from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postFixturePng"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/fixture.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fixture card as SVG
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getFixtureSvg"];
        put?: never;
        /**
         * Fixture card as SVG from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postFixtureSvg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/fixture.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fixture card described as JSON, without rendering
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getFixtureJson"];
        put?: never;
        /**
         * Fixture card described as JSON (its GET URL and share page URL) from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postFixtureJson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/fixture.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fixture card share page (HTML with Open Graph and Twitter card tags)
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. Its og:image is the PNG URL of the same card, signed with the page when the service signs. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getFixtureHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/fixture.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a fixture card as PNG
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signFixturePng"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/fixture.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a fixture card as SVG
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signFixtureSvg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/fixture.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a fixture card’s share page
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signFixtureHtml"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/lineup.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lineup card as PNG: the URL for og:image
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getLineupPng"];
        put?: never;
        /**
         * Lineup card as PNG from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postLineupPng"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/lineup.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lineup card as SVG
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getLineupSvg"];
        put?: never;
        /**
         * Lineup card as SVG from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postLineupSvg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/lineup.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lineup card described as JSON, without rendering
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getLineupJson"];
        put?: never;
        /**
         * Lineup card described as JSON (its GET URL and share page URL) from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postLineupJson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/lineup.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lineup card share page (HTML with Open Graph and Twitter card tags)
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. Its og:image is the PNG URL of the same card, signed with the page when the service signs. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getLineupHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/lineup.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a lineup card as PNG
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signLineupPng"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/lineup.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a lineup card as SVG
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signLineupSvg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/lineup.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a lineup card’s share page
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signLineupHtml"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/player.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Player card as PNG: the URL for og:image
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getPlayerPng"];
        put?: never;
        /**
         * Player card as PNG from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postPlayerPng"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/player.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Player card as SVG
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getPlayerSvg"];
        put?: never;
        /**
         * Player card as SVG from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postPlayerSvg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/player.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Player card described as JSON, without rendering
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getPlayerJson"];
        put?: never;
        /**
         * Player card described as JSON (its GET URL and share page URL) from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postPlayerJson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/player.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Player card share page (HTML with Open Graph and Twitter card tags)
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. Its og:image is the PNG URL of the same card, signed with the page when the service signs. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getPlayerHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/player.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a player card as PNG
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signPlayerPng"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/player.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a player card as SVG
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signPlayerSvg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/player.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a player card’s share page
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signPlayerHtml"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/standings.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Standings card as PNG: the URL for og:image
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getStandingsPng"];
        put?: never;
        /**
         * Standings card as PNG from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postStandingsPng"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/standings.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Standings card as SVG
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getStandingsSvg"];
        put?: never;
        /**
         * Standings card as SVG from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postStandingsSvg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/standings.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Standings card described as JSON, without rendering
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getStandingsJson"];
        put?: never;
        /**
         * Standings card described as JSON (its GET URL and share page URL) from a JSON payload
         * @description When the service has API tokens, send `Authorization: Bearer <token>`.
         */
        post: operations["postStandingsJson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/standings.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Standings card share page (HTML with Open Graph and Twitter card tags)
         * @description The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. Its og:image is the PNG URL of the same card, signed with the page when the service signs. When the service has signing keys, the URL must carry a valid `sig`.
         */
        get: operations["getStandingsHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/standings.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a standings card as PNG
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signStandingsPng"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/standings.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a standings card as SVG
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signStandingsSvg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign/standings.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signed GET URL of a standings card’s share page
         * @description Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.
         */
        post: operations["signStandingsHtml"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every kind with its JSON Schema, an example payload and an example URL */
        get: operations["listTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One kind with its JSON Schema, an example payload and an example URL */
        get: operations["getTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness, render queue and image cache */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics: render durations by phase, cache outcomes, queue depth, errors by code */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: operations["openapi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The interactive reference of this document */
        get: operations["docs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redirects to /docs */
        get: operations["docsSlash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/docs.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Starts the reference page */
        get: operations["docsScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/scalar.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scalar’s API Reference, served by this service (no CDN) */
        get: operations["docsScalar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redirects to the editor */
        get: operations["home"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/editor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The card editor */
        get: operations["editor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/editor/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redirects to /editor */
        get: operations["editorSlash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/editor/editor.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The editor’s script */
        get: operations["editorScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/editor/editor.css": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The editor’s stylesheet */
        get: operations["editorStyles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/editor/query-form.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dotted GET form’s code, shared by the API and the editor */
        get: operations["editorQueryForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @example {
         *       "text": "Il y a un petit goût amer. On est conscients d’avoir fait le match qu’il fallait contre une bonne équipe. Mais les matchs se jouent sur les détails.",
         *       "author": "Jean-Louis Gasset",
         *       "role": "Entraîneur de l’Olympique de Marseille",
         *       "source": "Conférence de presse",
         *       "date": "2024-05-02",
         *       "locale": "fr"
         *     }
         */
        QuotePayload: {
            /** @description The quotation, without surrounding quotation marks */
            text: string;
            /** @description Who said it */
            author: string;
            /** @description Their role, e.g. "Head coach, Olympique de Marseille" */
            role?: string;
            /** @description Where it was said, e.g. "Press conference" */
            source?: string;
            date?: string;
            /**
             * Format: data-url
             * @description Portrait as a data: URI; initials are drawn without it
             */
            avatar?: string;
            /**
             * @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920
             * @default og
             * @enum {string}
             */
            size?: "og" | "x" | "square" | "story";
            /**
             * @description Pixel density multiplier for sharper images
             * @default 1
             */
            scale?: number;
            /** @description light, dark, or brand colours */
            theme?: ("light" | "dark") | {
                /**
                 * @description Palette the brand colours are laid on
                 * @default dark
                 * @enum {string}
                 */
                base?: "light" | "dark";
                /** @description Card background */
                background: string;
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                foreground?: string;
                /** @description Hashtags, mentions, links and highlights */
                accent?: string;
            };
            /**
             * @description Language of dates, status words and typography rules
             * @default en
             * @enum {string}
             */
            locale?: "en" | "fr" | "ar" | "he" | "fa" | "ja" | "ko" | "zh-Hans" | "zh-Hant" | "th" | "hi" | "es" | "de" | "it" | "pt" | "nl" | "tr";
        };
        /**
         * @example {
         *       "home": {
         *         "name": "Olympique de Marseille",
         *         "shortName": "OM",
         *         "score": 1,
         *         "color": "#2faee0"
         *       },
         *       "away": {
         *         "name": "Atalanta",
         *         "shortName": "ATA",
         *         "score": 1,
         *         "color": "#1e3a8a"
         *       },
         *       "competition": "Ligue Europa",
         *       "stage": "Demi-finale aller",
         *       "status": "half-time",
         *       "minute": "45+2",
         *       "events": [
         *         {
         *           "team": "away",
         *           "minute": "3",
         *           "player": "Lookman"
         *         },
         *         {
         *           "team": "home",
         *           "minute": "14",
         *           "player": "Chancel Mbemba"
         *         }
         *       ],
         *       "venue": "Orange Vélodrome",
         *       "hashtag": "OMAtalanta",
         *       "locale": "fr"
         *     }
         */
        ScorePayload: {
            home: {
                /** @description Team name */
                name: string;
                /** @description Goals; leave out before kick-off */
                score?: number;
                /** @description Abbreviation such as OM, used for events */
                shortName?: string;
                /** @description Team colour for the monogram and accents */
                color?: string;
                /**
                 * Format: data-url
                 * @description Crest as a data: URI; a monogram is drawn without it
                 */
                crest?: string;
            };
            away: {
                /** @description Team name */
                name: string;
                /** @description Goals; leave out before kick-off */
                score?: number;
                /** @description Abbreviation such as OM, used for events */
                shortName?: string;
                /** @description Team colour for the monogram and accents */
                color?: string;
                /**
                 * Format: data-url
                 * @description Crest as a data: URI; a monogram is drawn without it
                 */
                crest?: string;
            };
            competition?: string;
            /** @description Round or leg, e.g. "Demi-finale aller" */
            stage?: string;
            /**
             * @description Defaults to live when a minute is given, else full-time
             * @enum {string}
             */
            status?: "scheduled" | "live" | "half-time" | "full-time" | "extra-time" | "penalties";
            minute?: string;
            /** @description Kick-off date-time, shown for scheduled matches */
            kickoff?: string;
            events?: {
                /** @enum {string} */
                team: "home" | "away";
                minute: string;
                player: string;
                /**
                 * @default goal
                 * @enum {string}
                 */
                type?: "goal" | "penalty" | "own-goal" | "red-card";
            }[];
            /** @description Aggregate score over two legs */
            aggregate?: {
                home: number;
                away: number;
            };
            /** @description Penalty shoot-out score */
            penalties?: {
                home: number;
                away: number;
            };
            venue?: string;
            hashtag?: string;
            /**
             * @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920
             * @default og
             * @enum {string}
             */
            size?: "og" | "x" | "square" | "story";
            /**
             * @description Pixel density multiplier for sharper images
             * @default 1
             */
            scale?: number;
            /** @description light, dark, or brand colours */
            theme?: ("light" | "dark") | {
                /**
                 * @description Palette the brand colours are laid on
                 * @default dark
                 * @enum {string}
                 */
                base?: "light" | "dark";
                /** @description Card background */
                background: string;
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                foreground?: string;
                /** @description Hashtags, mentions, links and highlights */
                accent?: string;
            };
            /**
             * @description Language of dates, status words and typography rules
             * @default en
             * @enum {string}
             */
            locale?: "en" | "fr" | "ar" | "he" | "fa" | "ja" | "ko" | "zh-Hans" | "zh-Hant" | "th" | "hi" | "es" | "de" | "it" | "pt" | "nl" | "tr";
        };
        /**
         * @example {
         *       "author": {
         *         "name": "Olympique de Marseille",
         *         "handle": "OM_Officiel",
         *         "verified": true
         *       },
         *       "text": "⏱️ 45+2’ | #OMAtalanta 1️⃣-1️⃣\nQuel match ! Dans un premier acte intense, l’OM a rapidement répondu à l’ouverture du score italienne et réalise une belle première période 🔥\n𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 𝗰𝗼𝗺𝗺𝗲 𝗰̧𝗮 𝗹𝗲𝘀 𝗴𝗮𝗿𝘀 👊💙",
         *       "date": "2024-05-02T21:47:00+02:00",
         *       "platform": "x",
         *       "locale": "fr"
         *     }
         */
        PostPayload: {
            author: {
                /** @description Display name */
                name: string;
                /** @description Handle, with or without the leading @ */
                handle: string;
                /**
                 * Format: data-url
                 * @description data:image/(png|jpeg|gif);base64,… or an https:// URL (fetched only from allow-listed hosts)
                 */
                avatar?: string;
                /** @default false */
                verified?: boolean;
            };
            /** @description The post, as written: styled Unicode, emoji and line breaks are kept */
            text: string;
            date?: string;
            /** @enum {string} */
            platform?: "x" | "twitter" | "instagram" | "facebook" | "threads" | "bluesky" | "mastodon" | "linkedin" | "tiktok" | "youtube";
            /**
             * @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920
             * @default og
             * @enum {string}
             */
            size?: "og" | "x" | "square" | "story";
            /**
             * @description Pixel density multiplier for sharper images
             * @default 1
             */
            scale?: number;
            /** @description light, dark, or brand colours */
            theme?: ("light" | "dark") | {
                /**
                 * @description Palette the brand colours are laid on
                 * @default dark
                 * @enum {string}
                 */
                base?: "light" | "dark";
                /** @description Card background */
                background: string;
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                foreground?: string;
                /** @description Hashtags, mentions, links and highlights */
                accent?: string;
            };
            /**
             * @description Language of dates, status words and typography rules
             * @default en
             * @enum {string}
             */
            locale?: "en" | "fr" | "ar" | "he" | "fa" | "ja" | "ko" | "zh-Hans" | "zh-Hant" | "th" | "hi" | "es" | "de" | "it" | "pt" | "nl" | "tr";
        };
        /**
         * @example {
         *       "home": {
         *         "name": "Olympique de Marseille",
         *         "shortName": "OM",
         *         "color": "#2faee0"
         *       },
         *       "away": {
         *         "name": "Paris Saint-Germain",
         *         "shortName": "PSG",
         *         "color": "#004170"
         *       },
         *       "kickoff": "2024-05-04T21:00:00+02:00",
         *       "competition": "Ligue 1",
         *       "matchday": 33,
         *       "label": "matchday",
         *       "venue": "Orange Vélodrome",
         *       "broadcasters": [
         *         "Prime Video",
         *         "beIN Sports"
         *       ],
         *       "hashtag": "OMPSG",
         *       "locale": "fr"
         *     }
         */
        FixturePayload: {
            /** @description Home team */
            home: {
                /** @description Team name */
                name: string;
                /** @description Abbreviation such as OM or PSG, for tight places and the monogram */
                shortName?: string;
                /** @description Team colour */
                color?: string;
                /**
                 * Format: data-url
                 * @description Crest image; a monogram shield on the team colour is drawn without it
                 */
                crest?: string;
            };
            /** @description Away team */
            away: {
                /** @description Team name */
                name: string;
                /** @description Abbreviation such as OM or PSG, for tight places and the monogram */
                shortName?: string;
                /** @description Team colour */
                color?: string;
                /**
                 * Format: data-url
                 * @description Crest image; a monogram shield on the team colour is drawn without it
                 */
                crest?: string;
            };
            /** @description Kick-off, a date-time with its offset (2024-05-04T21:00:00+02:00), shown as written; a date alone while the time is not set */
            kickoff: string;
            competition?: string;
            /** @description Round or stage, e.g. "Demi-finale aller" */
            stage?: string;
            /** @description Matchday number, printed "Matchday 34" */
            matchday?: number;
            /** @description matchday, derby or final (printed in the card’s language), or any text */
            label?: ("matchday" | "derby" | "final") | string;
            venue?: string;
            /**
             * @description TV channels and streams
             * @default []
             */
            broadcasters?: string[];
            hashtag?: string;
            /**
             * @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920
             * @default og
             * @enum {string}
             */
            size?: "og" | "x" | "square" | "story";
            /**
             * @description Pixel density multiplier for sharper images
             * @default 1
             */
            scale?: number;
            /** @description light, dark, or brand colours */
            theme?: ("light" | "dark") | {
                /**
                 * @description Palette the brand colours are laid on
                 * @default dark
                 * @enum {string}
                 */
                base?: "light" | "dark";
                /** @description Card background */
                background: string;
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                foreground?: string;
                /** @description Hashtags, mentions, links and highlights */
                accent?: string;
            };
            /**
             * @description Language of dates, status words and typography rules
             * @default en
             * @enum {string}
             */
            locale?: "en" | "fr" | "ar" | "he" | "fa" | "ja" | "ko" | "zh-Hans" | "zh-Hant" | "th" | "hi" | "es" | "de" | "it" | "pt" | "nl" | "tr";
        };
        /**
         * @example {
         *       "team": {
         *         "name": "Olympique de Marseille",
         *         "shortName": "OM",
         *         "color": "#2faee0"
         *       },
         *       "formation": "4-3-3",
         *       "starting": [
         *         {
         *           "number": 16,
         *           "name": "Pau López",
         *           "position": "GK"
         *         },
         *         {
         *           "number": 3,
         *           "name": "Quentin Merlin",
         *           "position": "DF"
         *         },
         *         {
         *           "number": 5,
         *           "name": "Leonardo Balerdi",
         *           "position": "DF"
         *         },
         *         {
         *           "number": 99,
         *           "name": "Chancel Mbemba",
         *           "position": "DF"
         *         },
         *         {
         *           "number": 7,
         *           "name": "Jonathan Clauss",
         *           "position": "DF"
         *         },
         *         {
         *           "number": 8,
         *           "name": "Azzedine Ounahi",
         *           "position": "MF"
         *         },
         *         {
         *           "number": 27,
         *           "name": "Jordan Veretout",
         *           "position": "MF",
         *           "captain": true
         *         },
         *         {
         *           "number": 19,
         *           "name": "Geoffrey Kondogbia",
         *           "position": "MF"
         *         },
         *         {
         *           "number": 29,
         *           "name": "Iliman Ndiaye",
         *           "position": "FW"
         *         },
         *         {
         *           "number": 10,
         *           "name": "Pierre-Emerick Aubameyang",
         *           "position": "FW"
         *         },
         *         {
         *           "number": 23,
         *           "name": "Ismaïla Sarr",
         *           "position": "FW"
         *         }
         *       ],
         *       "substitutes": [
         *         {
         *           "number": 36,
         *           "name": "Rubén Blanco",
         *           "position": "GK"
         *         },
         *         {
         *           "number": 4,
         *           "name": "Samuel Gigot",
         *           "position": "DF"
         *         },
         *         {
         *           "number": 62,
         *           "name": "Michael Murillo",
         *           "position": "DF"
         *         },
         *         {
         *           "number": 6,
         *           "name": "Ulisses Garcia",
         *           "position": "DF"
         *         },
         *         {
         *           "number": 11,
         *           "name": "Amine Harit",
         *           "position": "MF"
         *         },
         *         {
         *           "number": 18,
         *           "name": "Bamo Meïté",
         *           "position": "DF"
         *         },
         *         {
         *           "number": 9,
         *           "name": "Faris Moumbagna",
         *           "position": "FW"
         *         },
         *         {
         *           "number": 21,
         *           "name": "Valentin Rongier",
         *           "position": "MF"
         *         },
         *         {
         *           "number": 22,
         *           "name": "Pape Gueye",
         *           "position": "MF"
         *         }
         *       ],
         *       "coach": "Jean-Louis Gasset",
         *       "locale": "fr"
         *     }
         */
        LineupPayload: {
            /** @description The team whose line-up this is */
            team: {
                /** @description Team name */
                name: string;
                /** @description Abbreviation such as OM or PSG, for tight places and the monogram */
                shortName?: string;
                /** @description Team colour */
                color?: string;
                /**
                 * Format: data-url
                 * @description Crest image; a monogram shield on the team colour is drawn without it
                 */
                crest?: string;
            };
            /** @description Outfield lines from defence to attack: 4-3-3, 3-5-2, 4-2-3-1, 4-4-2… */
            formation: string;
            /** @description The goalkeeper first, then each line of the formation from defence to attack, each line from the team’s left (or give every player a grid place) */
            starting: {
                /** @description Shirt number */
                number: number;
                /** @description Player name as the card shows it */
                name: string;
                /** @description GK, DF, MF, FW or the feed’s own code (LB, CDM…) */
                position?: string;
                /**
                 * @description Wears the armband
                 * @default false
                 */
                captain?: boolean;
                /** @description Place as data feeds give it, row:column (1:1 is the goalkeeper); without it, players are placed in list order */
                grid?: string;
            }[];
            /** @default [] */
            substitutes?: {
                /** @description Shirt number */
                number: number;
                /** @description Player name */
                name: string;
                /** @description GK, DF, MF, FW or the feed’s own code (LB, CDM…) */
                position?: string;
            }[];
            /** @description Head coach */
            coach?: string;
            /**
             * @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920
             * @default og
             * @enum {string}
             */
            size?: "og" | "x" | "square" | "story";
            /**
             * @description Pixel density multiplier for sharper images
             * @default 1
             */
            scale?: number;
            /** @description light, dark, or brand colours */
            theme?: ("light" | "dark") | {
                /**
                 * @description Palette the brand colours are laid on
                 * @default dark
                 * @enum {string}
                 */
                base?: "light" | "dark";
                /** @description Card background */
                background: string;
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                foreground?: string;
                /** @description Hashtags, mentions, links and highlights */
                accent?: string;
            };
            /**
             * @description Language of dates, status words and typography rules
             * @default en
             * @enum {string}
             */
            locale?: "en" | "fr" | "ar" | "he" | "fa" | "ja" | "ko" | "zh-Hans" | "zh-Hant" | "th" | "hi" | "es" | "de" | "it" | "pt" | "nl" | "tr";
        };
        /**
         * @example {
         *       "name": "Chancel Mbemba",
         *       "number": 99,
         *       "team": {
         *         "name": "Olympique de Marseille",
         *         "shortName": "OM",
         *         "color": "#2faee0"
         *       },
         *       "headline": "player-of-the-match",
         *       "stats": [
         *         {
         *           "label": "Buts",
         *           "value": 1
         *         },
         *         {
         *           "label": "Duels gagnés",
         *           "value": 9
         *         },
         *         {
         *           "label": "Passes réussies",
         *           "value": 54
         *         },
         *         {
         *           "label": "Interceptions",
         *           "value": 4
         *         },
         *         {
         *           "label": "Dégagements",
         *           "value": 7
         *         },
         *         {
         *           "label": "Note",
         *           "value": 8.4
         *         }
         *       ],
         *       "locale": "fr"
         *     }
         */
        PlayerPayload: {
            /** @description Player name */
            name: string;
            /** @description Shirt number */
            number?: number;
            /** @description The player’s team */
            team: {
                /** @description Team name */
                name: string;
                /** @description Abbreviation such as OM or PSG, for tight places and the monogram */
                shortName?: string;
                /** @description Team colour */
                color?: string;
                /**
                 * Format: data-url
                 * @description Crest image; a monogram shield on the team colour is drawn without it
                 */
                crest?: string;
            };
            /** @description player-of-the-match, goal or new-signing (printed in the card’s language), or any text */
            headline: ("player-of-the-match" | "goal" | "new-signing") | string;
            /** @description Match minute, e.g. of the goal */
            minute?: string;
            /**
             * Format: data-url
             * @description Photo; the shirt number on the team colour is drawn without it
             */
            photo?: string;
            /**
             * @description Figures of the match or season, label and value
             * @default []
             */
            stats?: {
                /** @description What is counted: "Passes", "xG" */
                label: string;
                /** @description The figure: 54, 0.8, "92 %" */
                value: string | number;
            }[];
            /**
             * @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920
             * @default og
             * @enum {string}
             */
            size?: "og" | "x" | "square" | "story";
            /**
             * @description Pixel density multiplier for sharper images
             * @default 1
             */
            scale?: number;
            /** @description light, dark, or brand colours */
            theme?: ("light" | "dark") | {
                /**
                 * @description Palette the brand colours are laid on
                 * @default dark
                 * @enum {string}
                 */
                base?: "light" | "dark";
                /** @description Card background */
                background: string;
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                foreground?: string;
                /** @description Hashtags, mentions, links and highlights */
                accent?: string;
            };
            /**
             * @description Language of dates, status words and typography rules
             * @default en
             * @enum {string}
             */
            locale?: "en" | "fr" | "ar" | "he" | "fa" | "ja" | "ko" | "zh-Hans" | "zh-Hant" | "th" | "hi" | "es" | "de" | "it" | "pt" | "nl" | "tr";
        };
        /**
         * @example {
         *       "competition": "Ligue 1",
         *       "matchday": 34,
         *       "rows": [
         *         {
         *           "rank": 1,
         *           "team": {
         *             "name": "Paris SG",
         *             "shortName": "PSG",
         *             "color": "#004170"
         *           },
         *           "played": 34,
         *           "won": 22,
         *           "drawn": 10,
         *           "lost": 2,
         *           "goalsFor": 81,
         *           "goalsAgainst": 33,
         *           "points": 76,
         *           "form": "WDLWD"
         *         },
         *         {
         *           "rank": 2,
         *           "team": {
         *             "name": "Monaco",
         *             "shortName": "ASM",
         *             "color": "#e30613"
         *           },
         *           "played": 34,
         *           "won": 20,
         *           "drawn": 7,
         *           "lost": 7,
         *           "goalsFor": 68,
         *           "goalsAgainst": 42,
         *           "points": 67,
         *           "form": "WWWLW"
         *         },
         *         {
         *           "rank": 3,
         *           "team": {
         *             "name": "Brest",
         *             "shortName": "SB29",
         *             "color": "#e2001a"
         *           },
         *           "played": 34,
         *           "won": 17,
         *           "drawn": 10,
         *           "lost": 7,
         *           "goalsFor": 53,
         *           "goalsAgainst": 34,
         *           "points": 61,
         *           "form": "DWLWD"
         *         },
         *         {
         *           "rank": 4,
         *           "team": {
         *             "name": "Lille",
         *             "shortName": "LOSC",
         *             "color": "#c8102e"
         *           },
         *           "played": 34,
         *           "won": 16,
         *           "drawn": 11,
         *           "lost": 7,
         *           "goalsFor": 52,
         *           "goalsAgainst": 34,
         *           "points": 59,
         *           "form": "WDWWD"
         *         },
         *         {
         *           "rank": 5,
         *           "team": {
         *             "name": "Nice",
         *             "shortName": "OGCN",
         *             "color": "#111111"
         *           },
         *           "played": 34,
         *           "won": 15,
         *           "drawn": 10,
         *           "lost": 9,
         *           "goalsFor": 40,
         *           "goalsAgainst": 29,
         *           "points": 55,
         *           "form": "LWWWL"
         *         },
         *         {
         *           "rank": 6,
         *           "team": {
         *             "name": "Lyon",
         *             "shortName": "OL",
         *             "color": "#1d3f8f"
         *           },
         *           "played": 34,
         *           "won": 16,
         *           "drawn": 5,
         *           "lost": 13,
         *           "goalsFor": 49,
         *           "goalsAgainst": 55,
         *           "points": 53,
         *           "form": "WWWLW"
         *         },
         *         {
         *           "rank": 7,
         *           "team": {
         *             "name": "Lens",
         *             "shortName": "RCL",
         *             "color": "#f5c400"
         *           },
         *           "played": 34,
         *           "won": 14,
         *           "drawn": 9,
         *           "lost": 11,
         *           "goalsFor": 45,
         *           "goalsAgainst": 37,
         *           "points": 51,
         *           "form": "LLWWD"
         *         },
         *         {
         *           "rank": 8,
         *           "team": {
         *             "name": "Marseille",
         *             "shortName": "OM",
         *             "color": "#2faee0"
         *           },
         *           "played": 34,
         *           "won": 13,
         *           "drawn": 11,
         *           "lost": 10,
         *           "goalsFor": 52,
         *           "goalsAgainst": 41,
         *           "points": 50,
         *           "form": "WLDWL",
         *           "highlight": true
         *         },
         *         {
         *           "rank": 9,
         *           "team": {
         *             "name": "Reims",
         *             "shortName": "SDR",
         *             "color": "#d0021b"
         *           },
         *           "played": 34,
         *           "won": 13,
         *           "drawn": 8,
         *           "lost": 13,
         *           "goalsFor": 42,
         *           "goalsAgainst": 47,
         *           "points": 47,
         *           "form": "LDLWL"
         *         },
         *         {
         *           "rank": 10,
         *           "team": {
         *             "name": "Rennes",
         *             "shortName": "SRFC",
         *             "color": "#e10600"
         *           },
         *           "played": 34,
         *           "won": 12,
         *           "drawn": 10,
         *           "lost": 12,
         *           "goalsFor": 53,
         *           "goalsAgainst": 46,
         *           "points": 46,
         *           "form": "DLWLD"
         *         },
         *         {
         *           "rank": 11,
         *           "team": {
         *             "name": "Toulouse",
         *             "shortName": "TFC",
         *             "color": "#5b2a86"
         *           },
         *           "played": 34,
         *           "won": 11,
         *           "drawn": 11,
         *           "lost": 12,
         *           "goalsFor": 42,
         *           "goalsAgainst": 46,
         *           "points": 44,
         *           "form": "DDWLW"
         *         },
         *         {
         *           "rank": 12,
         *           "team": {
         *             "name": "Montpellier",
         *             "shortName": "MHSC",
         *             "color": "#f58220"
         *           },
         *           "played": 34,
         *           "won": 10,
         *           "drawn": 11,
         *           "lost": 13,
         *           "goalsFor": 43,
         *           "goalsAgainst": 48,
         *           "points": 41,
         *           "form": "LWDDW"
         *         },
         *         {
         *           "rank": 13,
         *           "team": {
         *             "name": "Strasbourg",
         *             "shortName": "RCSA",
         *             "color": "#009fe3"
         *           },
         *           "played": 34,
         *           "won": 10,
         *           "drawn": 9,
         *           "lost": 15,
         *           "goalsFor": 39,
         *           "goalsAgainst": 49,
         *           "points": 39,
         *           "form": "WLLDL"
         *         },
         *         {
         *           "rank": 14,
         *           "team": {
         *             "name": "Nantes",
         *             "shortName": "FCN",
         *             "color": "#fcd405"
         *           },
         *           "played": 34,
         *           "won": 9,
         *           "drawn": 6,
         *           "lost": 19,
         *           "goalsFor": 30,
         *           "goalsAgainst": 55,
         *           "points": 33,
         *           "form": "WLWLL"
         *         },
         *         {
         *           "rank": 15,
         *           "team": {
         *             "name": "Le Havre",
         *             "shortName": "HAC",
         *             "color": "#5aa0d8"
         *           },
         *           "played": 34,
         *           "won": 7,
         *           "drawn": 11,
         *           "lost": 16,
         *           "goalsFor": 34,
         *           "goalsAgainst": 45,
         *           "points": 32,
         *           "form": "DLDLD"
         *         },
         *         {
         *           "rank": 16,
         *           "team": {
         *             "name": "Metz",
         *             "shortName": "FCM",
         *             "color": "#7a0f2b"
         *           },
         *           "played": 34,
         *           "won": 8,
         *           "drawn": 5,
         *           "lost": 21,
         *           "goalsFor": 35,
         *           "goalsAgainst": 58,
         *           "points": 29,
         *           "form": "WLLWL"
         *         },
         *         {
         *           "rank": 17,
         *           "team": {
         *             "name": "Lorient",
         *             "shortName": "FCL",
         *             "color": "#f37021"
         *           },
         *           "played": 34,
         *           "won": 7,
         *           "drawn": 8,
         *           "lost": 19,
         *           "goalsFor": 43,
         *           "goalsAgainst": 66,
         *           "points": 29,
         *           "form": "LDLWL"
         *         },
         *         {
         *           "rank": 18,
         *           "team": {
         *             "name": "Clermont",
         *             "shortName": "CF63",
         *             "color": "#c1272d"
         *           },
         *           "played": 34,
         *           "won": 5,
         *           "drawn": 10,
         *           "lost": 19,
         *           "goalsFor": 26,
         *           "goalsAgainst": 60,
         *           "points": 25,
         *           "form": "LDDLL"
         *         }
         *       ],
         *       "zones": [
         *         {
         *           "from": 1,
         *           "to": 3,
         *           "label": "Ligue des champions",
         *           "color": "#1d4ed8"
         *         },
         *         {
         *           "from": 4,
         *           "to": 4,
         *           "label": "Qualif. Ligue des champions",
         *           "color": "#0ea5e9"
         *         },
         *         {
         *           "from": 5,
         *           "to": 5,
         *           "label": "Ligue Europa",
         *           "color": "#f97316"
         *         },
         *         {
         *           "from": 6,
         *           "to": 6,
         *           "label": "Ligue Conférence",
         *           "color": "#16a34a"
         *         },
         *         {
         *           "from": 16,
         *           "to": 16,
         *           "label": "Barrage",
         *           "color": "#f59e0b"
         *         },
         *         {
         *           "from": 17,
         *           "to": 18,
         *           "label": "Relégation",
         *           "color": "#dc2626"
         *         }
         *       ],
         *       "locale": "fr"
         *     }
         */
        StandingsPayload: {
            competition?: string;
            /** @description Matchday number, printed "Matchday 34" */
            matchday?: number;
            /** @description The table, one row per club (drawn in rank order) */
            rows: {
                /** @description Position in the table */
                rank: number;
                team: {
                    /** @description Team name */
                    name: string;
                    /** @description Abbreviation such as OM or PSG, for tight places and the monogram */
                    shortName?: string;
                    /** @description Team colour */
                    color?: string;
                    /**
                     * Format: data-url
                     * @description Crest image; a monogram shield on the team colour is drawn without it
                     */
                    crest?: string;
                };
                played: number;
                won: number;
                drawn: number;
                lost: number;
                goalsFor: number;
                goalsAgainst: number;
                points: number;
                /** @description Last results, oldest first: W, D or L (WWDLW) */
                form?: string;
                /**
                 * @description Stand out (your club)
                 * @default false
                 */
                highlight?: boolean;
            }[];
            /** @description Coloured rank ranges: Champions League, relegation… */
            zones?: {
                /** @description First rank */
                from: number;
                /** @description Last rank */
                to: number;
                /** @description What the zone means: "Ligue des champions", "Relégation" */
                label: string;
                /** @description Zone colour */
                color: string;
            }[];
            /** @description Ranks to show, e.g. 1 to 10; without it, as many rows as the size shows legibly, around the highlighted club */
            window?: {
                /** @description First rank */
                from: number;
                /** @description Last rank */
                to: number;
            };
            /**
             * @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920
             * @default og
             * @enum {string}
             */
            size?: "og" | "x" | "square" | "story";
            /**
             * @description Pixel density multiplier for sharper images
             * @default 1
             */
            scale?: number;
            /** @description light, dark, or brand colours */
            theme?: ("light" | "dark") | {
                /**
                 * @description Palette the brand colours are laid on
                 * @default dark
                 * @enum {string}
                 */
                base?: "light" | "dark";
                /** @description Card background */
                background: string;
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                foreground?: string;
                /** @description Hashtags, mentions, links and highlights */
                accent?: string;
            };
            /**
             * @description Language of dates, status words and typography rules
             * @default en
             * @enum {string}
             */
            locale?: "en" | "fr" | "ar" | "he" | "fa" | "ja" | "ko" | "zh-Hans" | "zh-Hant" | "th" | "hi" | "es" | "de" | "it" | "pt" | "nl" | "tr";
        };
        /**
         * @description - `invalid_payload` (400): a field of the JSON payload breaks its rule (path and rule in issues)
         *     - `invalid_query` (400): a field of the GET query breaks its rule, or a key is malformed (path and rule in issues)
         *     - `invalid_json` (400): the POST body is not JSON
         *     - `bad_request` (400): the request itself is malformed (request line, Host, absolute-form target, percent-escapes that are not UTF-8)
         *     - `unknown_kind` (404): no such card kind
         *     - `unknown_format` (404): no such extension
         *     - `not_found` (404): no such route
         *     - `payload_too_large` (413): the body is over CARD_MAX_BODY_BYTES
         *     - `uri_too_long` (414): the URL is over CARD_MAX_URL_LENGTH (use POST for inline images)
         *     - `url_too_long` (400): a URL to sign would be over CARD_MAX_URL_LENGTH, so it could never be fetched (render with POST)
         *     - `headers_too_large` (431): the request line and headers are over CARD_MAX_URL_LENGTH + 8 KiB
         *     - `request_timeout` (408): the request headers or body did not arrive in time
         *     - `precondition_failed` (412): a POST whose If-None-Match matches the card (RFC 9110); revalidate with GET
         *     - `client_closed` (499): the client closed the connection before the answer (counted in /metrics, never sent)
         *     - `unsupported_media_type` (415): a POST without Content-Type: application/json
         *     - `method_not_allowed` (405): a card requested with another method than GET or POST, or a share page with POST
         *     - `unauthorized` (401): a POST without a valid bearer token, when CARD_API_TOKENS is set
         *     - `signature_required` (403): a GET card URL without sig, when CARD_SIGNING_KEYS is set
         *     - `signature_invalid` (403): a GET card URL whose sig does not match its path and query
         *     - `signing_unavailable` (409): /v1/sign without signing keys or API tokens configured
         *     - `shutting_down` (503): the service is draining; retry on another instance
         *     - `overloaded` (503): the render queue is full; retry after Retry-After
         *     - `render_timeout` (503): the render took longer than CARD_RENDER_TIMEOUT_MS
         *     - `render_failed` (500): a render worker died mid-render (it is replaced; only that request fails)
         *     - `misconfigured` (500): the service's settings are invalid: a Worker answers every request so until its vars or secrets are fixed (one issue per setting, naming it)
         *     - `remote_image_invalid_url` (400): an avatar or crest URL is not a valid absolute URL
         *     - `remote_image_forbidden` (400): an avatar or crest URL is refused by policy (scheme, host allow-list, address)
         *     - `remote_image_too_large` (400): a remote image is over CARD_REMOTE_IMAGE_MAX_BYTES
         *     - `remote_image_bad_type` (400): a remote image is not a PNG, JPEG or GIF
         *     - `remote_image_failed` (502): the image host failed (DNS, connection, status, redirects)
         *     - `remote_image_timeout` (504): fetching a remote image took longer than CARD_REMOTE_IMAGE_TIMEOUT_MS
         * @enum {string}
         */
        ErrorCode: "invalid_payload" | "invalid_query" | "invalid_json" | "bad_request" | "unknown_kind" | "unknown_format" | "not_found" | "payload_too_large" | "uri_too_long" | "url_too_long" | "headers_too_large" | "request_timeout" | "precondition_failed" | "client_closed" | "unsupported_media_type" | "method_not_allowed" | "unauthorized" | "signature_required" | "signature_invalid" | "signing_unavailable" | "shutting_down" | "overloaded" | "render_timeout" | "render_failed" | "misconfigured" | "remote_image_invalid_url" | "remote_image_forbidden" | "remote_image_too_large" | "remote_image_bad_type" | "remote_image_failed" | "remote_image_timeout";
        FieldIssue: {
            /** @description Dotted path of the field, as in the GET form: `home.name`, `events.0.minute`; empty for the whole payload */
            path: string;
            /** @description The rule the field breaks */
            message: string;
        };
        Error: {
            error: {
                code: components["schemas"]["ErrorCode"];
                message: string;
                issues: components["schemas"]["FieldIssue"][];
            };
        };
        CardDescription: {
            /** @enum {string} */
            kind: "quote" | "score" | "post" | "fixture" | "lineup" | "player" | "standings";
            /** @description The card’s alt text */
            alt: string;
            /** @description Pixel width of the PNG (after scale) */
            width: number;
            /** @description Pixel height of the PNG (after scale) */
            height: number;
            /** @description The PNG’s ETag */
            etag: string;
            /**
             * Format: uri
             * @description GET URL of the PNG, for og:image
             */
            url: string;
            /**
             * Format: uri
             * @description GET URL of the SVG
             */
            svgUrl: string;
            /**
             * Format: uri
             * @description GET URL of the share page, for posting as a link
             */
            shareUrl: string;
        };
        SignedUrl: {
            /** Format: uri */
            url: string;
        };
        Template: {
            /** @enum {string} */
            kind: "quote" | "score" | "post" | "fixture" | "lineup" | "player" | "standings";
            /** @description Bumped when the kind’s drawing changes (part of every ETag) */
            version: number;
            /** @description The payload’s JSON Schema (draft 2020-12), as in components.schemas */
            schema: Record<string, never>;
            /** @description An example payload */
            example: Record<string, never>;
            /**
             * Format: uri
             * @description GET URL of the example’s PNG
             */
            exampleUrl: string;
        };
        TemplateList: {
            templates: components["schemas"]["Template"][];
        };
        Health: {
            /** @constant */
            status: "ok";
            render: {
                workers: number;
                running: number;
                queued: number;
            };
            cache: {
                entries: number;
                bytes: number;
                maxBytes: number;
            };
        };
    };
    responses: {
        /** @description Not modified: the ETag in If-None-Match is current */
        NotModified: {
            headers: {
                ETag: components["headers"]["ETag"];
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Bad request: `invalid_payload` (a field of the JSON payload breaks its rule (path and rule in issues)); `invalid_query` (a field of the GET query breaks its rule, or a key is malformed (path and rule in issues)); `invalid_json` (the POST body is not JSON); `bad_request` (the request itself is malformed (request line, Host, absolute-form target, percent-escapes that are not UTF-8)); `url_too_long` (a URL to sign would be over CARD_MAX_URL_LENGTH, so it could never be fetched (render with POST)); `remote_image_invalid_url` (an avatar or crest URL is not a valid absolute URL); `remote_image_forbidden` (an avatar or crest URL is refused by policy (scheme, host allow-list, address)); `remote_image_too_large` (a remote image is over CARD_REMOTE_IMAGE_MAX_BYTES); `remote_image_bad_type` (a remote image is not a PNG, JPEG or GIF) */
        Error400: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "invalid_payload" | "invalid_query" | "invalid_json" | "bad_request" | "url_too_long" | "remote_image_invalid_url" | "remote_image_forbidden" | "remote_image_too_large" | "remote_image_bad_type";
                    };
                };
            };
        };
        /** @description Unauthorized: `unauthorized` (a POST without a valid bearer token, when CARD_API_TOKENS is set) */
        Error401: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    };
                };
            };
        };
        /** @description Forbidden: `signature_required` (a GET card URL without sig, when CARD_SIGNING_KEYS is set); `signature_invalid` (a GET card URL whose sig does not match its path and query) */
        Error403: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "signature_required" | "signature_invalid";
                    };
                };
            };
        };
        /** @description Not found: `unknown_kind` (no such card kind); `unknown_format` (no such extension); `not_found` (no such route) */
        Error404: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "unknown_kind" | "unknown_format" | "not_found";
                    };
                };
            };
        };
        /** @description Method not allowed: `method_not_allowed` (a card requested with another method than GET or POST, or a share page with POST) */
        Error405: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "method_not_allowed";
                    };
                };
            };
        };
        /** @description Error: `request_timeout` (the request headers or body did not arrive in time) */
        Error408: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "request_timeout";
                    };
                };
            };
        };
        /** @description Conflict: `signing_unavailable` (/v1/sign without signing keys or API tokens configured) */
        Error409: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "signing_unavailable";
                    };
                };
            };
        };
        /** @description Error: `precondition_failed` (a POST whose If-None-Match matches the card (RFC 9110); revalidate with GET) */
        Error412: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "precondition_failed";
                    };
                };
            };
        };
        /** @description Payload too large: `payload_too_large` (the body is over CARD_MAX_BODY_BYTES) */
        Error413: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    };
                };
            };
        };
        /** @description URI too long: `uri_too_long` (the URL is over CARD_MAX_URL_LENGTH (use POST for inline images)) */
        Error414: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "uri_too_long";
                    };
                };
            };
        };
        /** @description Unsupported media type: `unsupported_media_type` (a POST without Content-Type: application/json) */
        Error415: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "unsupported_media_type";
                    };
                };
            };
        };
        /** @description Error: `headers_too_large` (the request line and headers are over CARD_MAX_URL_LENGTH + 8 KiB) */
        Error431: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "headers_too_large";
                    };
                };
            };
        };
        /** @description Error: `client_closed` (the client closed the connection before the answer (counted in /metrics, never sent)) */
        Error499: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "client_closed";
                    };
                };
            };
        };
        /** @description Internal error: `render_failed` (a render worker died mid-render (it is replaced; only that request fails)); `misconfigured` (the service's settings are invalid: a Worker answers every request so until its vars or secrets are fixed (one issue per setting, naming it)) */
        Error500: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "render_failed" | "misconfigured";
                    };
                };
            };
        };
        /** @description Bad gateway: `remote_image_failed` (the image host failed (DNS, connection, status, redirects)) */
        Error502: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "remote_image_failed";
                    };
                };
            };
        };
        /** @description Unavailable: `shutting_down` (the service is draining; retry on another instance); `overloaded` (the render queue is full; retry after Retry-After); `render_timeout` (the render took longer than CARD_RENDER_TIMEOUT_MS) */
        Error503: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "shutting_down" | "overloaded" | "render_timeout";
                    };
                };
            };
        };
        /** @description Gateway timeout: `remote_image_timeout` (fetching a remote image took longer than CARD_REMOTE_IMAGE_TIMEOUT_MS) */
        Error504: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "remote_image_timeout";
                    };
                };
            };
        };
    };
    parameters: {
        /** @description An ETag received before: a 304 without a body when the card has not changed */
        IfNoneMatch: string;
        /**
         * @description The quotation, without surrounding quotation marks
         * @example Il y a un petit goût amer. On est conscients d’avoir fait le match qu’il fallait contre une bonne équipe. Mais les matchs se jouent sur les détails.
         */
        "quote.text": string;
        /**
         * @description Who said it
         * @example Jean-Louis Gasset
         */
        "quote.author": string;
        /**
         * @description Their role, e.g. "Head coach, Olympique de Marseille"
         * @example Entraîneur de l’Olympique de Marseille
         */
        "quote.role": string;
        /**
         * @description Where it was said, e.g. "Press conference"
         * @example Conférence de presse
         */
        "quote.source": string;
        /** @example 2024-05-02 */
        "quote.date": string;
        /** @description Portrait as a data: URI; initials are drawn without it */
        "quote.avatar": string;
        /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
        "quote.size": "og" | "x" | "square" | "story";
        /** @description Pixel density multiplier for sharper images */
        "quote.scale": number;
        /** @description light, dark, or brand colours */
        "quote.theme": "light" | "dark";
        /** @description Palette the brand colours are laid on */
        "quote.theme.base": "light" | "dark";
        /** @description Card background */
        "quote.theme.background": string;
        /** @description Main text colour (default: white or near-black, whichever contrasts) */
        "quote.theme.foreground": string;
        /** @description Hashtags, mentions, links and highlights */
        "quote.theme.accent": string;
        /**
         * @description Language of dates, status words and typography rules
         * @example fr
         */
        "quote.locale": "en" | "fr" | "ar" | "he" | "fa" | "ja" | "ko" | "zh-Hans" | "zh-Hant" | "th" | "hi" | "es" | "de" | "it" | "pt" | "nl" | "tr";
        /**
         * @description Team name
         * @example Olympique de Marseille
         */
        "score.home.name": string;
        /**
         * @description Goals; leave out before kick-off
         * @example 1
         */
        "score.home.score": number;
        /**
         * @description Abbreviation such as OM, used for events
         * @example OM
         */
        "score.home.shortName": string;
        /**
         * @description Team colour for the monogram and accents
         * @example #2faee0
         */
        "score.home.color": string;
        /** @description Crest as a data: URI; a monogram is drawn without it */
        "score.home.crest": string;
        /**
         * @description Team name
         * @example Atalanta
         */
        "score.away.name": string;
        /**
         * @description Goals; leave out before kick-off
         * @example 1
         */
        "score.away.score": number;
        /**
         * @description Abbreviation such as OM, used for events
         * @example ATA
         */
        "score.away.shortName": string;
        /**
         * @description Team colour for the monogram and accents
         * @example #1e3a8a
         */
        "score.away.color": string;
        /** @description Crest as a data: URI; a monogram is drawn without it */
        "score.away.crest": string;
        /** @example Ligue Europa */
        "score.competition": string;
        /**
         * @description Round or leg, e.g. "Demi-finale aller"
         * @example Demi-finale aller
         */
        "score.stage": string;
        /**
         * @description Defaults to live when a minute is given, else full-time
         * @example half-time
         */
        "score.status": "scheduled" | "live" | "half-time" | "full-time" | "extra-time" | "penalties";
        /** @example 45+2 */
        "score.minute": string;
        /** @description Kick-off date-time, shown for scheduled matches */
        "score.kickoff": string;
        "score.aggregate.home": number;
        "score.aggregate.away": number;
        "score.penalties.home": number;
        "score.penalties.away": number;
        /** @example Orange Vélodrome */
        "score.venue": string;
        /** @example OMAtalanta */
        "score.hashtag": string;
        /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
        "score.size": "og" | "x" | "square" | "story";
        /** @description Pixel density multiplier for sharper images */
        "score.scale": number;
        /** @description light, dark, or brand colours */
        "score.theme": "light" | "dark";
        /** @description Palette the brand colours are laid on */
        "score.theme.base": "light" | "dark";
        /** @description Card background */
        "score.theme.background": string;
        /** @description Main text colour (default: white or near-black, whichever contrasts) */
        "score.theme.foreground": string;
        /** @description Hashtags, mentions, links and highlights */
        "score.theme.accent": string;
        /**
         * @description Language of dates, status words and typography rules
         * @example fr
         */
        "score.locale": "en" | "fr" | "ar" | "he" | "fa" | "ja" | "ko" | "zh-Hans" | "zh-Hant" | "th" | "hi" | "es" | "de" | "it" | "pt" | "nl" | "tr";
        /**
         * @description The items of the list `events`, one query parameter per field: `events.{n}.team`, `events.{n}.minute`, `events.{n}.player`, `events.{n}.type`, with {n} = 0, 1, 2… without gaps (at most 24 items). Each item needs `events.{n}.team`, `events.{n}.minute`, `events.{n}.player`.
         * @example {
         *       "events.0.team": "away",
         *       "events.0.minute": "3",
         *       "events.0.player": "Lookman",
         *       "events.1.team": "home",
         *       "events.1.minute": "14",
         *       "events.1.player": "Chancel Mbemba"
         *     }
         */
        "score.events": {
            [key: string]: ("home" | "away") | string | ("goal" | "penalty" | "own-goal" | "red-card");
        };
        /**
         * @description Display name
         * @example Olympique de Marseille
         */
        "post.author.name": string;
        /**
         * @description Handle, with or without the leading @
         * @example OM_Officiel
         */
        "post.author.handle": string;
        /** @description data:image/(png|jpeg|gif);base64,… or an https:// URL (fetched only from allow-listed hosts) */
        "post.author.avatar": string;
        /** @example true */
        "post.author.verified": boolean;
        /**
         * @description The post, as written: styled Unicode, emoji and line breaks are kept
         * @example ⏱️ 45+2’ | #OMAtalanta 1️⃣-1️⃣
         *     Quel match ! Dans un premier acte intense, l’OM a rapidement répondu à l’ouverture du score italienne et réalise une belle première période 🔥
         *     𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 𝗰𝗼𝗺𝗺𝗲 𝗰̧𝗮 𝗹𝗲𝘀 𝗴𝗮𝗿𝘀 👊💙
         */
        "post.text": string;
        /** @example 2024-05-02T21:47:00+02:00 */
        "post.date": string;
        /** @example x */
        "post.platform": "x" | "twitter" | "instagram" | "facebook" | "threads" | "bluesky" | "mastodon" | "linkedin" | "tiktok" | "youtube";
        /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
        "post.size": "og" | "x" | "square" | "story";
        /** @description Pixel density multiplier for sharper images */
        "post.scale": number;
        /** @description light, dark, or brand colours */
        "post.theme": "light" | "dark";
        /** @description Palette the brand colours are laid on */
        "post.theme.base": "light" | "dark";
        /** @description Card background */
        "post.theme.background": string;
        /** @description Main text colour (default: white or near-black, whichever contrasts) */
        "post.theme.foreground": string;
        /** @description Hashtags, mentions, links and highlights */
        "post.theme.accent": string;
        /**
         * @description Language of dates, status words and typography rules
         * @example fr
         */
        "post.locale": "en" | "fr" | "ar" | "he" | "fa" | "ja" | "ko" | "zh-Hans" | "zh-Hant" | "th" | "hi" | "es" | "de" | "it" | "pt" | "nl" | "tr";
        /**
         * @description Team name
         * @example Olympique de Marseille
         */
        "fixture.home.name": string;
        /**
         * @description Abbreviation such as OM or PSG, for tight places and the monogram
         * @example OM
         */
        "fixture.home.shortName": string;
        /**
         * @description Team colour
         * @example #2faee0
         */
        "fixture.home.color": string;
        /** @description Crest image; a monogram shield on the team colour is drawn without it */
        "fixture.home.crest": string;
        /**
         * @description Team name
         * @example Paris Saint-Germain
         */
        "fixture.away.name": string;
        /**
         * @description Abbreviation such as OM or PSG, for tight places and the monogram
         * @example PSG
         */
        "fixture.away.shortName": string;
        /**
         * @description Team colour
         * @example #004170
         */
        "fixture.away.color": string;
        /** @description Crest image; a monogram shield on the team colour is drawn without it */
        "fixture.away.crest": string;
        /**
         * @description Kick-off, a date-time with its offset (2024-05-04T21:00:00+02:00), shown as written; a date alone while the time is not set
         * @example 2024-05-04T21:00:00+02:00
         */
        "fixture.kickoff": string;
        /** @example Ligue 1 */
        "fixture.competition": string;
        /** @description Round or stage, e.g. "Demi-finale aller" */
        "fixture.stage": string;
        /**
         * @description Matchday number, printed "Matchday 34"
         * @example 33
         */
        "fixture.matchday": number;
        /**
         * @description matchday, derby or final (printed in the card’s language), or any text
         * @example matchday
         */
        "fixture.label": ("matchday" | "derby" | "final") | string;
        /** @example Orange Vélodrome */
        "fixture.venue": string;
        /** @example OMPSG */
        "fixture.hashtag": string;
        /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
        "fixture.size": "og" | "x" | "square" | "story";
        /** @description Pixel density multiplier for sharper images */
        "fixture.scale": number;
        /** @description light, dark, or brand colours */
        "fixture.theme": "light" | "dark";
        /** @description Palette the brand colours are laid on */
        "fixture.theme.base": "light" | "dark";
        /** @description Card background */
        "fixture.theme.background": string;
        /** @description Main text colour (default: white or near-black, whichever contrasts) */
        "fixture.theme.foreground": string;
        /** @description Hashtags, mentions, links and highlights */
        "fixture.theme.accent": string;
        /**
         * @description Language of dates, status words and typography rules
         * @example fr
         */
        "fixture.locale": "en" | "fr" | "ar" | "he" | "fa" | "ja" | "ko" | "zh-Hans" | "zh-Hant" | "th" | "hi" | "es" | "de" | "it" | "pt" | "nl" | "tr";
        /**
         * @description The items of the list `broadcasters`, one query parameter per field: `broadcasters.{n}`, with {n} = 0, 1, 2… without gaps (at most 4 items).
         * @example {
         *       "broadcasters.0": "Prime Video",
         *       "broadcasters.1": "beIN Sports"
         *     }
         */
        "fixture.broadcasters": {
            [key: string]: string;
        };
        /**
         * @description Team name
         * @example Olympique de Marseille
         */
        "lineup.team.name": string;
        /**
         * @description Abbreviation such as OM or PSG, for tight places and the monogram
         * @example OM
         */
        "lineup.team.shortName": string;
        /**
         * @description Team colour
         * @example #2faee0
         */
        "lineup.team.color": string;
        /** @description Crest image; a monogram shield on the team colour is drawn without it */
        "lineup.team.crest": string;
        /**
         * @description Outfield lines from defence to attack: 4-3-3, 3-5-2, 4-2-3-1, 4-4-2…
         * @example 4-3-3
         */
        "lineup.formation": string;
        /**
         * @description Head coach
         * @example Jean-Louis Gasset
         */
        "lineup.coach": string;
        /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
        "lineup.size": "og" | "x" | "square" | "story";
        /** @description Pixel density multiplier for sharper images */
        "lineup.scale": number;
        /** @description light, dark, or brand colours */
        "lineup.theme": "light" | "dark";
        /** @description Palette the brand colours are laid on */
        "lineup.theme.base": "light" | "dark";
        /** @description Card background */
        "lineup.theme.background": string;
        /** @description Main text colour (default: white or near-black, whichever contrasts) */
        "lineup.theme.foreground": string;
        /** @description Hashtags, mentions, links and highlights */
        "lineup.theme.accent": string;
        /**
         * @description Language of dates, status words and typography rules
         * @example fr
         */
        "lineup.locale": "en" | "fr" | "ar" | "he" | "fa" | "ja" | "ko" | "zh-Hans" | "zh-Hant" | "th" | "hi" | "es" | "de" | "it" | "pt" | "nl" | "tr";
        /**
         * @description The items of the list `starting`, one query parameter per field: `starting.{n}.number`, `starting.{n}.name`, `starting.{n}.position`, `starting.{n}.captain`, `starting.{n}.grid`, with {n} = 0, 1, 2… without gaps (at most 11 items). Each item needs `starting.{n}.number`, `starting.{n}.name`.
         * @example {
         *       "starting.0.number": 16,
         *       "starting.0.name": "Pau López",
         *       "starting.0.position": "GK",
         *       "starting.1.number": 3,
         *       "starting.1.name": "Quentin Merlin",
         *       "starting.1.position": "DF",
         *       "starting.2.number": 5,
         *       "starting.2.name": "Leonardo Balerdi",
         *       "starting.2.position": "DF",
         *       "starting.3.number": 99,
         *       "starting.3.name": "Chancel Mbemba",
         *       "starting.3.position": "DF",
         *       "starting.4.number": 7,
         *       "starting.4.name": "Jonathan Clauss",
         *       "starting.4.position": "DF",
         *       "starting.5.number": 8,
         *       "starting.5.name": "Azzedine Ounahi",
         *       "starting.5.position": "MF",
         *       "starting.6.number": 27,
         *       "starting.6.name": "Jordan Veretout",
         *       "starting.6.position": "MF",
         *       "starting.6.captain": true,
         *       "starting.7.number": 19,
         *       "starting.7.name": "Geoffrey Kondogbia",
         *       "starting.7.position": "MF",
         *       "starting.8.number": 29,
         *       "starting.8.name": "Iliman Ndiaye",
         *       "starting.8.position": "FW",
         *       "starting.9.number": 10,
         *       "starting.9.name": "Pierre-Emerick Aubameyang",
         *       "starting.9.position": "FW",
         *       "starting.10.number": 23,
         *       "starting.10.name": "Ismaïla Sarr",
         *       "starting.10.position": "FW"
         *     }
         */
        "lineup.starting": {
            [key: string]: number | string | boolean;
        };
        /**
         * @description The items of the list `substitutes`, one query parameter per field: `substitutes.{n}.number`, `substitutes.{n}.name`, `substitutes.{n}.position`, with {n} = 0, 1, 2… without gaps (at most 12 items). Each item needs `substitutes.{n}.number`, `substitutes.{n}.name`.
         * @example {
         *       "substitutes.0.number": 36,
         *       "substitutes.0.name": "Rubén Blanco",
         *       "substitutes.0.position": "GK",
         *       "substitutes.1.number": 4,
         *       "substitutes.1.name": "Samuel Gigot",
         *       "substitutes.1.position": "DF",
         *       "substitutes.2.number": 62,
         *       "substitutes.2.name": "Michael Murillo",
         *       "substitutes.2.position": "DF",
         *       "substitutes.3.number": 6,
         *       "substitutes.3.name": "Ulisses Garcia",
         *       "substitutes.3.position": "DF",
         *       "substitutes.4.number": 11,
         *       "substitutes.4.name": "Amine Harit",
         *       "substitutes.4.position": "MF",
         *       "substitutes.5.number": 18,
         *       "substitutes.5.name": "Bamo Meïté",
         *       "substitutes.5.position": "DF",
         *       "substitutes.6.number": 9,
         *       "substitutes.6.name": "Faris Moumbagna",
         *       "substitutes.6.position": "FW",
         *       "substitutes.7.number": 21,
         *       "substitutes.7.name": "Valentin Rongier",
         *       "substitutes.7.position": "MF",
         *       "substitutes.8.number": 22,
         *       "substitutes.8.name": "Pape Gueye",
         *       "substitutes.8.position": "MF"
         *     }
         */
        "lineup.substitutes": {
            [key: string]: number | string;
        };
        /**
         * @description Player name
         * @example Chancel Mbemba
         */
        "player.name": string;
        /**
         * @description Shirt number
         * @example 99
         */
        "player.number": number;
        /**
         * @description Team name
         * @example Olympique de Marseille
         */
        "player.team.name": string;
        /**
         * @description Abbreviation such as OM or PSG, for tight places and the monogram
         * @example OM
         */
        "player.team.shortName": string;
        /**
         * @description Team colour
         * @example #2faee0
         */
        "player.team.color": string;
        /** @description Crest image; a monogram shield on the team colour is drawn without it */
        "player.team.crest": string;
        /**
         * @description player-of-the-match, goal or new-signing (printed in the card’s language), or any text
         * @example player-of-the-match
         */
        "player.headline": ("player-of-the-match" | "goal" | "new-signing") | string;
        /** @description Match minute, e.g. of the goal */
        "player.minute": string;
        /** @description Photo; the shirt number on the team colour is drawn without it */
        "player.photo": string;
        /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
        "player.size": "og" | "x" | "square" | "story";
        /** @description Pixel density multiplier for sharper images */
        "player.scale": number;
        /** @description light, dark, or brand colours */
        "player.theme": "light" | "dark";
        /** @description Palette the brand colours are laid on */
        "player.theme.base": "light" | "dark";
        /** @description Card background */
        "player.theme.background": string;
        /** @description Main text colour (default: white or near-black, whichever contrasts) */
        "player.theme.foreground": string;
        /** @description Hashtags, mentions, links and highlights */
        "player.theme.accent": string;
        /**
         * @description Language of dates, status words and typography rules
         * @example fr
         */
        "player.locale": "en" | "fr" | "ar" | "he" | "fa" | "ja" | "ko" | "zh-Hans" | "zh-Hant" | "th" | "hi" | "es" | "de" | "it" | "pt" | "nl" | "tr";
        /**
         * @description The items of the list `stats`, one query parameter per field: `stats.{n}.label`, `stats.{n}.value`, with {n} = 0, 1, 2… without gaps (at most 6 items). Each item needs `stats.{n}.label`, `stats.{n}.value`.
         * @example {
         *       "stats.0.label": "Buts",
         *       "stats.0.value": 1,
         *       "stats.1.label": "Duels gagnés",
         *       "stats.1.value": 9,
         *       "stats.2.label": "Passes réussies",
         *       "stats.2.value": 54,
         *       "stats.3.label": "Interceptions",
         *       "stats.3.value": 4,
         *       "stats.4.label": "Dégagements",
         *       "stats.4.value": 7,
         *       "stats.5.label": "Note",
         *       "stats.5.value": 8.4
         *     }
         */
        "player.stats": {
            [key: string]: string | (string | number);
        };
        /** @example Ligue 1 */
        "standings.competition": string;
        /**
         * @description Matchday number, printed "Matchday 34"
         * @example 34
         */
        "standings.matchday": number;
        /** @description First rank */
        "standings.window.from": number;
        /** @description Last rank */
        "standings.window.to": number;
        /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
        "standings.size": "og" | "x" | "square" | "story";
        /** @description Pixel density multiplier for sharper images */
        "standings.scale": number;
        /** @description light, dark, or brand colours */
        "standings.theme": "light" | "dark";
        /** @description Palette the brand colours are laid on */
        "standings.theme.base": "light" | "dark";
        /** @description Card background */
        "standings.theme.background": string;
        /** @description Main text colour (default: white or near-black, whichever contrasts) */
        "standings.theme.foreground": string;
        /** @description Hashtags, mentions, links and highlights */
        "standings.theme.accent": string;
        /**
         * @description Language of dates, status words and typography rules
         * @example fr
         */
        "standings.locale": "en" | "fr" | "ar" | "he" | "fa" | "ja" | "ko" | "zh-Hans" | "zh-Hant" | "th" | "hi" | "es" | "de" | "it" | "pt" | "nl" | "tr";
        /**
         * @description The items of the list `rows`, one query parameter per field: `rows.{n}.rank`, `rows.{n}.team.name`, `rows.{n}.team.shortName`, `rows.{n}.team.color`, `rows.{n}.team.crest`, `rows.{n}.played`, `rows.{n}.won`, `rows.{n}.drawn`, `rows.{n}.lost`, `rows.{n}.goalsFor`, `rows.{n}.goalsAgainst`, `rows.{n}.points`, `rows.{n}.form`, `rows.{n}.highlight`, with {n} = 0, 1, 2… without gaps (at most 20 items). Each item needs `rows.{n}.rank`, `rows.{n}.team.name`, `rows.{n}.played`, `rows.{n}.won`, `rows.{n}.drawn`, `rows.{n}.lost`, `rows.{n}.goalsFor`, `rows.{n}.goalsAgainst`, `rows.{n}.points`.
         * @example {
         *       "rows.0.rank": 1,
         *       "rows.0.team.name": "Paris SG",
         *       "rows.0.team.shortName": "PSG",
         *       "rows.0.team.color": "#004170",
         *       "rows.0.played": 34,
         *       "rows.0.won": 22,
         *       "rows.0.drawn": 10,
         *       "rows.0.lost": 2,
         *       "rows.0.goalsFor": 81,
         *       "rows.0.goalsAgainst": 33,
         *       "rows.0.points": 76,
         *       "rows.0.form": "WDLWD",
         *       "rows.1.rank": 2,
         *       "rows.1.team.name": "Monaco",
         *       "rows.1.team.shortName": "ASM",
         *       "rows.1.team.color": "#e30613",
         *       "rows.1.played": 34,
         *       "rows.1.won": 20,
         *       "rows.1.drawn": 7,
         *       "rows.1.lost": 7,
         *       "rows.1.goalsFor": 68,
         *       "rows.1.goalsAgainst": 42,
         *       "rows.1.points": 67,
         *       "rows.1.form": "WWWLW",
         *       "rows.2.rank": 3,
         *       "rows.2.team.name": "Brest",
         *       "rows.2.team.shortName": "SB29",
         *       "rows.2.team.color": "#e2001a",
         *       "rows.2.played": 34,
         *       "rows.2.won": 17,
         *       "rows.2.drawn": 10,
         *       "rows.2.lost": 7,
         *       "rows.2.goalsFor": 53,
         *       "rows.2.goalsAgainst": 34,
         *       "rows.2.points": 61,
         *       "rows.2.form": "DWLWD",
         *       "rows.3.rank": 4,
         *       "rows.3.team.name": "Lille",
         *       "rows.3.team.shortName": "LOSC",
         *       "rows.3.team.color": "#c8102e",
         *       "rows.3.played": 34,
         *       "rows.3.won": 16,
         *       "rows.3.drawn": 11,
         *       "rows.3.lost": 7,
         *       "rows.3.goalsFor": 52,
         *       "rows.3.goalsAgainst": 34,
         *       "rows.3.points": 59,
         *       "rows.3.form": "WDWWD",
         *       "rows.4.rank": 5,
         *       "rows.4.team.name": "Nice",
         *       "rows.4.team.shortName": "OGCN",
         *       "rows.4.team.color": "#111111",
         *       "rows.4.played": 34,
         *       "rows.4.won": 15,
         *       "rows.4.drawn": 10,
         *       "rows.4.lost": 9,
         *       "rows.4.goalsFor": 40,
         *       "rows.4.goalsAgainst": 29,
         *       "rows.4.points": 55,
         *       "rows.4.form": "LWWWL",
         *       "rows.5.rank": 6,
         *       "rows.5.team.name": "Lyon",
         *       "rows.5.team.shortName": "OL",
         *       "rows.5.team.color": "#1d3f8f",
         *       "rows.5.played": 34,
         *       "rows.5.won": 16,
         *       "rows.5.drawn": 5,
         *       "rows.5.lost": 13,
         *       "rows.5.goalsFor": 49,
         *       "rows.5.goalsAgainst": 55,
         *       "rows.5.points": 53,
         *       "rows.5.form": "WWWLW",
         *       "rows.6.rank": 7,
         *       "rows.6.team.name": "Lens",
         *       "rows.6.team.shortName": "RCL",
         *       "rows.6.team.color": "#f5c400",
         *       "rows.6.played": 34,
         *       "rows.6.won": 14,
         *       "rows.6.drawn": 9,
         *       "rows.6.lost": 11,
         *       "rows.6.goalsFor": 45,
         *       "rows.6.goalsAgainst": 37,
         *       "rows.6.points": 51,
         *       "rows.6.form": "LLWWD",
         *       "rows.7.rank": 8,
         *       "rows.7.team.name": "Marseille",
         *       "rows.7.team.shortName": "OM",
         *       "rows.7.team.color": "#2faee0",
         *       "rows.7.played": 34,
         *       "rows.7.won": 13,
         *       "rows.7.drawn": 11,
         *       "rows.7.lost": 10,
         *       "rows.7.goalsFor": 52,
         *       "rows.7.goalsAgainst": 41,
         *       "rows.7.points": 50,
         *       "rows.7.form": "WLDWL",
         *       "rows.7.highlight": true,
         *       "rows.8.rank": 9,
         *       "rows.8.team.name": "Reims",
         *       "rows.8.team.shortName": "SDR",
         *       "rows.8.team.color": "#d0021b",
         *       "rows.8.played": 34,
         *       "rows.8.won": 13,
         *       "rows.8.drawn": 8,
         *       "rows.8.lost": 13,
         *       "rows.8.goalsFor": 42,
         *       "rows.8.goalsAgainst": 47,
         *       "rows.8.points": 47,
         *       "rows.8.form": "LDLWL",
         *       "rows.9.rank": 10,
         *       "rows.9.team.name": "Rennes",
         *       "rows.9.team.shortName": "SRFC",
         *       "rows.9.team.color": "#e10600",
         *       "rows.9.played": 34,
         *       "rows.9.won": 12,
         *       "rows.9.drawn": 10,
         *       "rows.9.lost": 12,
         *       "rows.9.goalsFor": 53,
         *       "rows.9.goalsAgainst": 46,
         *       "rows.9.points": 46,
         *       "rows.9.form": "DLWLD",
         *       "rows.10.rank": 11,
         *       "rows.10.team.name": "Toulouse",
         *       "rows.10.team.shortName": "TFC",
         *       "rows.10.team.color": "#5b2a86",
         *       "rows.10.played": 34,
         *       "rows.10.won": 11,
         *       "rows.10.drawn": 11,
         *       "rows.10.lost": 12,
         *       "rows.10.goalsFor": 42,
         *       "rows.10.goalsAgainst": 46,
         *       "rows.10.points": 44,
         *       "rows.10.form": "DDWLW",
         *       "rows.11.rank": 12,
         *       "rows.11.team.name": "Montpellier",
         *       "rows.11.team.shortName": "MHSC",
         *       "rows.11.team.color": "#f58220",
         *       "rows.11.played": 34,
         *       "rows.11.won": 10,
         *       "rows.11.drawn": 11,
         *       "rows.11.lost": 13,
         *       "rows.11.goalsFor": 43,
         *       "rows.11.goalsAgainst": 48,
         *       "rows.11.points": 41,
         *       "rows.11.form": "LWDDW",
         *       "rows.12.rank": 13,
         *       "rows.12.team.name": "Strasbourg",
         *       "rows.12.team.shortName": "RCSA",
         *       "rows.12.team.color": "#009fe3",
         *       "rows.12.played": 34,
         *       "rows.12.won": 10,
         *       "rows.12.drawn": 9,
         *       "rows.12.lost": 15,
         *       "rows.12.goalsFor": 39,
         *       "rows.12.goalsAgainst": 49,
         *       "rows.12.points": 39,
         *       "rows.12.form": "WLLDL",
         *       "rows.13.rank": 14,
         *       "rows.13.team.name": "Nantes",
         *       "rows.13.team.shortName": "FCN",
         *       "rows.13.team.color": "#fcd405",
         *       "rows.13.played": 34,
         *       "rows.13.won": 9,
         *       "rows.13.drawn": 6,
         *       "rows.13.lost": 19,
         *       "rows.13.goalsFor": 30,
         *       "rows.13.goalsAgainst": 55,
         *       "rows.13.points": 33,
         *       "rows.13.form": "WLWLL",
         *       "rows.14.rank": 15,
         *       "rows.14.team.name": "Le Havre",
         *       "rows.14.team.shortName": "HAC",
         *       "rows.14.team.color": "#5aa0d8",
         *       "rows.14.played": 34,
         *       "rows.14.won": 7,
         *       "rows.14.drawn": 11,
         *       "rows.14.lost": 16,
         *       "rows.14.goalsFor": 34,
         *       "rows.14.goalsAgainst": 45,
         *       "rows.14.points": 32,
         *       "rows.14.form": "DLDLD",
         *       "rows.15.rank": 16,
         *       "rows.15.team.name": "Metz",
         *       "rows.15.team.shortName": "FCM",
         *       "rows.15.team.color": "#7a0f2b",
         *       "rows.15.played": 34,
         *       "rows.15.won": 8,
         *       "rows.15.drawn": 5,
         *       "rows.15.lost": 21,
         *       "rows.15.goalsFor": 35,
         *       "rows.15.goalsAgainst": 58,
         *       "rows.15.points": 29,
         *       "rows.15.form": "WLLWL",
         *       "rows.16.rank": 17,
         *       "rows.16.team.name": "Lorient",
         *       "rows.16.team.shortName": "FCL",
         *       "rows.16.team.color": "#f37021",
         *       "rows.16.played": 34,
         *       "rows.16.won": 7,
         *       "rows.16.drawn": 8,
         *       "rows.16.lost": 19,
         *       "rows.16.goalsFor": 43,
         *       "rows.16.goalsAgainst": 66,
         *       "rows.16.points": 29,
         *       "rows.16.form": "LDLWL",
         *       "rows.17.rank": 18,
         *       "rows.17.team.name": "Clermont",
         *       "rows.17.team.shortName": "CF63",
         *       "rows.17.team.color": "#c1272d",
         *       "rows.17.played": 34,
         *       "rows.17.won": 5,
         *       "rows.17.drawn": 10,
         *       "rows.17.lost": 19,
         *       "rows.17.goalsFor": 26,
         *       "rows.17.goalsAgainst": 60,
         *       "rows.17.points": 25,
         *       "rows.17.form": "LDDLL"
         *     }
         */
        "standings.rows": {
            [key: string]: number | string | boolean;
        };
        /**
         * @description The items of the list `zones`, one query parameter per field: `zones.{n}.from`, `zones.{n}.to`, `zones.{n}.label`, `zones.{n}.color`, with {n} = 0, 1, 2… without gaps (at most 6 items). Each item needs `zones.{n}.from`, `zones.{n}.to`, `zones.{n}.label`, `zones.{n}.color`.
         * @example {
         *       "zones.0.from": 1,
         *       "zones.0.to": 3,
         *       "zones.0.label": "Ligue des champions",
         *       "zones.0.color": "#1d4ed8",
         *       "zones.1.from": 4,
         *       "zones.1.to": 4,
         *       "zones.1.label": "Qualif. Ligue des champions",
         *       "zones.1.color": "#0ea5e9",
         *       "zones.2.from": 5,
         *       "zones.2.to": 5,
         *       "zones.2.label": "Ligue Europa",
         *       "zones.2.color": "#f97316",
         *       "zones.3.from": 6,
         *       "zones.3.to": 6,
         *       "zones.3.label": "Ligue Conférence",
         *       "zones.3.color": "#16a34a",
         *       "zones.4.from": 16,
         *       "zones.4.to": 16,
         *       "zones.4.label": "Barrage",
         *       "zones.4.color": "#f59e0b",
         *       "zones.5.from": 17,
         *       "zones.5.to": 18,
         *       "zones.5.label": "Relégation",
         *       "zones.5.color": "#dc2626"
         *     }
         */
        "standings.zones": {
            [key: string]: number | string;
        };
    };
    requestBodies: never;
    headers: {
        /** @description Strong entity tag from the validated payload, the template version and the renderer version; known before rendering, so If-None-Match is answered 304 without drawing */
        ETag: string;
        /** @description GET: public, 30 days for browsers and a year for CDNs (a URL fully determines its card); POST: private, no-cache; errors: no-store */
        "Cache-Control": string;
        /**
         * @description Milliseconds per phase: view (view model, text fitting), layout (satori), raster (resvg), encode (PNG), queue (waiting for a worker); cache;desc=miss|hit|shared
         * @example view;dur=1.3, layout;dur=10.3, raster;dur=4.9, encode;dur=4.3, queue;dur=0.1, cache;desc=miss
         */
        "Server-Timing": string;
        /** @description The card’s alt text, UTF-8 percent-encoded (decodeURIComponent it) */
        "X-Card-Alt": string;
        /** @description The page loads nothing but its card image and its own hashed style */
        "Content-Security-Policy": string;
        /** @description Seconds to wait before retrying */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getQuotePng: {
        parameters: {
            query: {
                /**
                 * @description The quotation, without surrounding quotation marks
                 * @example Il y a un petit goût amer. On est conscients d’avoir fait le match qu’il fallait contre une bonne équipe. Mais les matchs se jouent sur les détails.
                 */
                text: components["parameters"]["quote.text"];
                /**
                 * @description Who said it
                 * @example Jean-Louis Gasset
                 */
                author: components["parameters"]["quote.author"];
                /**
                 * @description Their role, e.g. "Head coach, Olympique de Marseille"
                 * @example Entraîneur de l’Olympique de Marseille
                 */
                role?: components["parameters"]["quote.role"];
                /**
                 * @description Where it was said, e.g. "Press conference"
                 * @example Conférence de presse
                 */
                source?: components["parameters"]["quote.source"];
                /** @example 2024-05-02 */
                date?: components["parameters"]["quote.date"];
                /** @description Portrait as a data: URI; initials are drawn without it */
                avatar?: components["parameters"]["quote.avatar"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["quote.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["quote.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["quote.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["quote.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["quote.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["quote.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["quote.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["quote.locale"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card as PNG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    postQuotePng: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Il y a un petit goût amer. On est conscients d’avoir fait le match qu’il fallait contre une bonne équipe. Mais les matchs se jouent sur les détails.",
                 *       "author": "Jean-Louis Gasset",
                 *       "role": "Entraîneur de l’Olympique de Marseille",
                 *       "source": "Conférence de presse",
                 *       "date": "2024-05-02",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["QuotePayload"];
            };
        };
        responses: {
            /** @description The card as PNG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    getQuoteSvg: {
        parameters: {
            query: {
                /**
                 * @description The quotation, without surrounding quotation marks
                 * @example Il y a un petit goût amer. On est conscients d’avoir fait le match qu’il fallait contre une bonne équipe. Mais les matchs se jouent sur les détails.
                 */
                text: components["parameters"]["quote.text"];
                /**
                 * @description Who said it
                 * @example Jean-Louis Gasset
                 */
                author: components["parameters"]["quote.author"];
                /**
                 * @description Their role, e.g. "Head coach, Olympique de Marseille"
                 * @example Entraîneur de l’Olympique de Marseille
                 */
                role?: components["parameters"]["quote.role"];
                /**
                 * @description Where it was said, e.g. "Press conference"
                 * @example Conférence de presse
                 */
                source?: components["parameters"]["quote.source"];
                /** @example 2024-05-02 */
                date?: components["parameters"]["quote.date"];
                /** @description Portrait as a data: URI; initials are drawn without it */
                avatar?: components["parameters"]["quote.avatar"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["quote.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["quote.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["quote.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["quote.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["quote.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["quote.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["quote.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["quote.locale"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card as SVG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    postQuoteSvg: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Il y a un petit goût amer. On est conscients d’avoir fait le match qu’il fallait contre une bonne équipe. Mais les matchs se jouent sur les détails.",
                 *       "author": "Jean-Louis Gasset",
                 *       "role": "Entraîneur de l’Olympique de Marseille",
                 *       "source": "Conférence de presse",
                 *       "date": "2024-05-02",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["QuotePayload"];
            };
        };
        responses: {
            /** @description The card as SVG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    getQuoteJson: {
        parameters: {
            query: {
                /**
                 * @description The quotation, without surrounding quotation marks
                 * @example Il y a un petit goût amer. On est conscients d’avoir fait le match qu’il fallait contre une bonne équipe. Mais les matchs se jouent sur les détails.
                 */
                text: components["parameters"]["quote.text"];
                /**
                 * @description Who said it
                 * @example Jean-Louis Gasset
                 */
                author: components["parameters"]["quote.author"];
                /**
                 * @description Their role, e.g. "Head coach, Olympique de Marseille"
                 * @example Entraîneur de l’Olympique de Marseille
                 */
                role?: components["parameters"]["quote.role"];
                /**
                 * @description Where it was said, e.g. "Press conference"
                 * @example Conférence de presse
                 */
                source?: components["parameters"]["quote.source"];
                /** @example 2024-05-02 */
                date?: components["parameters"]["quote.date"];
                /** @description Portrait as a data: URI; initials are drawn without it */
                avatar?: components["parameters"]["quote.avatar"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["quote.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["quote.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["quote.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["quote.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["quote.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["quote.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["quote.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["quote.locale"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card described without rendering it: alt text, pixel size, ETag and its GET URLs (signed when the service signs and the caller is authenticated) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardDescription"];
                };
            };
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            503: components["responses"]["Error503"];
        };
    };
    postQuoteJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Il y a un petit goût amer. On est conscients d’avoir fait le match qu’il fallait contre une bonne équipe. Mais les matchs se jouent sur les détails.",
                 *       "author": "Jean-Louis Gasset",
                 *       "role": "Entraîneur de l’Olympique de Marseille",
                 *       "source": "Conférence de presse",
                 *       "date": "2024-05-02",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["QuotePayload"];
            };
        };
        responses: {
            /** @description The card described without rendering it: alt text, pixel size, ETag and its GET URLs (signed when the service signs and the caller is authenticated) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardDescription"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    getQuoteHtml: {
        parameters: {
            query: {
                /**
                 * @description The quotation, without surrounding quotation marks
                 * @example Il y a un petit goût amer. On est conscients d’avoir fait le match qu’il fallait contre une bonne équipe. Mais les matchs se jouent sur les détails.
                 */
                text: components["parameters"]["quote.text"];
                /**
                 * @description Who said it
                 * @example Jean-Louis Gasset
                 */
                author: components["parameters"]["quote.author"];
                /**
                 * @description Their role, e.g. "Head coach, Olympique de Marseille"
                 * @example Entraîneur de l’Olympique de Marseille
                 */
                role?: components["parameters"]["quote.role"];
                /**
                 * @description Where it was said, e.g. "Press conference"
                 * @example Conférence de presse
                 */
                source?: components["parameters"]["quote.source"];
                /** @example 2024-05-02 */
                date?: components["parameters"]["quote.date"];
                /** @description Portrait as a data: URI; initials are drawn without it */
                avatar?: components["parameters"]["quote.avatar"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["quote.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["quote.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["quote.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["quote.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["quote.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["quote.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["quote.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["quote.locale"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The share page: an HTML page whose <head> carries og:image (the PNG URL), its width, height, type and alt text, og:title, og:description, the Twitter card tags and a canonical link; its body shows the card and its alt text */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            503: components["responses"]["Error503"];
        };
    };
    signQuotePng: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Il y a un petit goût amer. On est conscients d’avoir fait le match qu’il fallait contre une bonne équipe. Mais les matchs se jouent sur les détails.",
                 *       "author": "Jean-Louis Gasset",
                 *       "role": "Entraîneur de l’Olympique de Marseille",
                 *       "source": "Conférence de presse",
                 *       "date": "2024-05-02",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["QuotePayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    signQuoteSvg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Il y a un petit goût amer. On est conscients d’avoir fait le match qu’il fallait contre une bonne équipe. Mais les matchs se jouent sur les détails.",
                 *       "author": "Jean-Louis Gasset",
                 *       "role": "Entraîneur de l’Olympique de Marseille",
                 *       "source": "Conférence de presse",
                 *       "date": "2024-05-02",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["QuotePayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    signQuoteHtml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Il y a un petit goût amer. On est conscients d’avoir fait le match qu’il fallait contre une bonne équipe. Mais les matchs se jouent sur les détails.",
                 *       "author": "Jean-Louis Gasset",
                 *       "role": "Entraîneur de l’Olympique de Marseille",
                 *       "source": "Conférence de presse",
                 *       "date": "2024-05-02",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["QuotePayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    getScorePng: {
        parameters: {
            query: {
                /**
                 * @description Team name
                 * @example Olympique de Marseille
                 */
                "home.name": components["parameters"]["score.home.name"];
                /**
                 * @description Goals; leave out before kick-off
                 * @example 1
                 */
                "home.score"?: components["parameters"]["score.home.score"];
                /**
                 * @description Abbreviation such as OM, used for events
                 * @example OM
                 */
                "home.shortName"?: components["parameters"]["score.home.shortName"];
                /**
                 * @description Team colour for the monogram and accents
                 * @example #2faee0
                 */
                "home.color"?: components["parameters"]["score.home.color"];
                /** @description Crest as a data: URI; a monogram is drawn without it */
                "home.crest"?: components["parameters"]["score.home.crest"];
                /**
                 * @description Team name
                 * @example Atalanta
                 */
                "away.name": components["parameters"]["score.away.name"];
                /**
                 * @description Goals; leave out before kick-off
                 * @example 1
                 */
                "away.score"?: components["parameters"]["score.away.score"];
                /**
                 * @description Abbreviation such as OM, used for events
                 * @example ATA
                 */
                "away.shortName"?: components["parameters"]["score.away.shortName"];
                /**
                 * @description Team colour for the monogram and accents
                 * @example #1e3a8a
                 */
                "away.color"?: components["parameters"]["score.away.color"];
                /** @description Crest as a data: URI; a monogram is drawn without it */
                "away.crest"?: components["parameters"]["score.away.crest"];
                /** @example Ligue Europa */
                competition?: components["parameters"]["score.competition"];
                /**
                 * @description Round or leg, e.g. "Demi-finale aller"
                 * @example Demi-finale aller
                 */
                stage?: components["parameters"]["score.stage"];
                /**
                 * @description Defaults to live when a minute is given, else full-time
                 * @example half-time
                 */
                status?: components["parameters"]["score.status"];
                /** @example 45+2 */
                minute?: components["parameters"]["score.minute"];
                /** @description Kick-off date-time, shown for scheduled matches */
                kickoff?: components["parameters"]["score.kickoff"];
                "aggregate.home"?: components["parameters"]["score.aggregate.home"];
                "aggregate.away"?: components["parameters"]["score.aggregate.away"];
                "penalties.home"?: components["parameters"]["score.penalties.home"];
                "penalties.away"?: components["parameters"]["score.penalties.away"];
                /** @example Orange Vélodrome */
                venue?: components["parameters"]["score.venue"];
                /** @example OMAtalanta */
                hashtag?: components["parameters"]["score.hashtag"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["score.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["score.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["score.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["score.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["score.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["score.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["score.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["score.locale"];
                /**
                 * @description The items of the list `events`, one query parameter per field: `events.{n}.team`, `events.{n}.minute`, `events.{n}.player`, `events.{n}.type`, with {n} = 0, 1, 2… without gaps (at most 24 items). Each item needs `events.{n}.team`, `events.{n}.minute`, `events.{n}.player`.
                 * @example {
                 *       "events.0.team": "away",
                 *       "events.0.minute": "3",
                 *       "events.0.player": "Lookman",
                 *       "events.1.team": "home",
                 *       "events.1.minute": "14",
                 *       "events.1.player": "Chancel Mbemba"
                 *     }
                 */
                events?: components["parameters"]["score.events"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card as PNG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    postScorePng: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "home": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "score": 1,
                 *         "color": "#2faee0"
                 *       },
                 *       "away": {
                 *         "name": "Atalanta",
                 *         "shortName": "ATA",
                 *         "score": 1,
                 *         "color": "#1e3a8a"
                 *       },
                 *       "competition": "Ligue Europa",
                 *       "stage": "Demi-finale aller",
                 *       "status": "half-time",
                 *       "minute": "45+2",
                 *       "events": [
                 *         {
                 *           "team": "away",
                 *           "minute": "3",
                 *           "player": "Lookman"
                 *         },
                 *         {
                 *           "team": "home",
                 *           "minute": "14",
                 *           "player": "Chancel Mbemba"
                 *         }
                 *       ],
                 *       "venue": "Orange Vélodrome",
                 *       "hashtag": "OMAtalanta",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["ScorePayload"];
            };
        };
        responses: {
            /** @description The card as PNG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    getScoreSvg: {
        parameters: {
            query: {
                /**
                 * @description Team name
                 * @example Olympique de Marseille
                 */
                "home.name": components["parameters"]["score.home.name"];
                /**
                 * @description Goals; leave out before kick-off
                 * @example 1
                 */
                "home.score"?: components["parameters"]["score.home.score"];
                /**
                 * @description Abbreviation such as OM, used for events
                 * @example OM
                 */
                "home.shortName"?: components["parameters"]["score.home.shortName"];
                /**
                 * @description Team colour for the monogram and accents
                 * @example #2faee0
                 */
                "home.color"?: components["parameters"]["score.home.color"];
                /** @description Crest as a data: URI; a monogram is drawn without it */
                "home.crest"?: components["parameters"]["score.home.crest"];
                /**
                 * @description Team name
                 * @example Atalanta
                 */
                "away.name": components["parameters"]["score.away.name"];
                /**
                 * @description Goals; leave out before kick-off
                 * @example 1
                 */
                "away.score"?: components["parameters"]["score.away.score"];
                /**
                 * @description Abbreviation such as OM, used for events
                 * @example ATA
                 */
                "away.shortName"?: components["parameters"]["score.away.shortName"];
                /**
                 * @description Team colour for the monogram and accents
                 * @example #1e3a8a
                 */
                "away.color"?: components["parameters"]["score.away.color"];
                /** @description Crest as a data: URI; a monogram is drawn without it */
                "away.crest"?: components["parameters"]["score.away.crest"];
                /** @example Ligue Europa */
                competition?: components["parameters"]["score.competition"];
                /**
                 * @description Round or leg, e.g. "Demi-finale aller"
                 * @example Demi-finale aller
                 */
                stage?: components["parameters"]["score.stage"];
                /**
                 * @description Defaults to live when a minute is given, else full-time
                 * @example half-time
                 */
                status?: components["parameters"]["score.status"];
                /** @example 45+2 */
                minute?: components["parameters"]["score.minute"];
                /** @description Kick-off date-time, shown for scheduled matches */
                kickoff?: components["parameters"]["score.kickoff"];
                "aggregate.home"?: components["parameters"]["score.aggregate.home"];
                "aggregate.away"?: components["parameters"]["score.aggregate.away"];
                "penalties.home"?: components["parameters"]["score.penalties.home"];
                "penalties.away"?: components["parameters"]["score.penalties.away"];
                /** @example Orange Vélodrome */
                venue?: components["parameters"]["score.venue"];
                /** @example OMAtalanta */
                hashtag?: components["parameters"]["score.hashtag"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["score.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["score.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["score.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["score.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["score.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["score.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["score.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["score.locale"];
                /**
                 * @description The items of the list `events`, one query parameter per field: `events.{n}.team`, `events.{n}.minute`, `events.{n}.player`, `events.{n}.type`, with {n} = 0, 1, 2… without gaps (at most 24 items). Each item needs `events.{n}.team`, `events.{n}.minute`, `events.{n}.player`.
                 * @example {
                 *       "events.0.team": "away",
                 *       "events.0.minute": "3",
                 *       "events.0.player": "Lookman",
                 *       "events.1.team": "home",
                 *       "events.1.minute": "14",
                 *       "events.1.player": "Chancel Mbemba"
                 *     }
                 */
                events?: components["parameters"]["score.events"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card as SVG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    postScoreSvg: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "home": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "score": 1,
                 *         "color": "#2faee0"
                 *       },
                 *       "away": {
                 *         "name": "Atalanta",
                 *         "shortName": "ATA",
                 *         "score": 1,
                 *         "color": "#1e3a8a"
                 *       },
                 *       "competition": "Ligue Europa",
                 *       "stage": "Demi-finale aller",
                 *       "status": "half-time",
                 *       "minute": "45+2",
                 *       "events": [
                 *         {
                 *           "team": "away",
                 *           "minute": "3",
                 *           "player": "Lookman"
                 *         },
                 *         {
                 *           "team": "home",
                 *           "minute": "14",
                 *           "player": "Chancel Mbemba"
                 *         }
                 *       ],
                 *       "venue": "Orange Vélodrome",
                 *       "hashtag": "OMAtalanta",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["ScorePayload"];
            };
        };
        responses: {
            /** @description The card as SVG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    getScoreJson: {
        parameters: {
            query: {
                /**
                 * @description Team name
                 * @example Olympique de Marseille
                 */
                "home.name": components["parameters"]["score.home.name"];
                /**
                 * @description Goals; leave out before kick-off
                 * @example 1
                 */
                "home.score"?: components["parameters"]["score.home.score"];
                /**
                 * @description Abbreviation such as OM, used for events
                 * @example OM
                 */
                "home.shortName"?: components["parameters"]["score.home.shortName"];
                /**
                 * @description Team colour for the monogram and accents
                 * @example #2faee0
                 */
                "home.color"?: components["parameters"]["score.home.color"];
                /** @description Crest as a data: URI; a monogram is drawn without it */
                "home.crest"?: components["parameters"]["score.home.crest"];
                /**
                 * @description Team name
                 * @example Atalanta
                 */
                "away.name": components["parameters"]["score.away.name"];
                /**
                 * @description Goals; leave out before kick-off
                 * @example 1
                 */
                "away.score"?: components["parameters"]["score.away.score"];
                /**
                 * @description Abbreviation such as OM, used for events
                 * @example ATA
                 */
                "away.shortName"?: components["parameters"]["score.away.shortName"];
                /**
                 * @description Team colour for the monogram and accents
                 * @example #1e3a8a
                 */
                "away.color"?: components["parameters"]["score.away.color"];
                /** @description Crest as a data: URI; a monogram is drawn without it */
                "away.crest"?: components["parameters"]["score.away.crest"];
                /** @example Ligue Europa */
                competition?: components["parameters"]["score.competition"];
                /**
                 * @description Round or leg, e.g. "Demi-finale aller"
                 * @example Demi-finale aller
                 */
                stage?: components["parameters"]["score.stage"];
                /**
                 * @description Defaults to live when a minute is given, else full-time
                 * @example half-time
                 */
                status?: components["parameters"]["score.status"];
                /** @example 45+2 */
                minute?: components["parameters"]["score.minute"];
                /** @description Kick-off date-time, shown for scheduled matches */
                kickoff?: components["parameters"]["score.kickoff"];
                "aggregate.home"?: components["parameters"]["score.aggregate.home"];
                "aggregate.away"?: components["parameters"]["score.aggregate.away"];
                "penalties.home"?: components["parameters"]["score.penalties.home"];
                "penalties.away"?: components["parameters"]["score.penalties.away"];
                /** @example Orange Vélodrome */
                venue?: components["parameters"]["score.venue"];
                /** @example OMAtalanta */
                hashtag?: components["parameters"]["score.hashtag"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["score.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["score.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["score.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["score.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["score.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["score.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["score.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["score.locale"];
                /**
                 * @description The items of the list `events`, one query parameter per field: `events.{n}.team`, `events.{n}.minute`, `events.{n}.player`, `events.{n}.type`, with {n} = 0, 1, 2… without gaps (at most 24 items). Each item needs `events.{n}.team`, `events.{n}.minute`, `events.{n}.player`.
                 * @example {
                 *       "events.0.team": "away",
                 *       "events.0.minute": "3",
                 *       "events.0.player": "Lookman",
                 *       "events.1.team": "home",
                 *       "events.1.minute": "14",
                 *       "events.1.player": "Chancel Mbemba"
                 *     }
                 */
                events?: components["parameters"]["score.events"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card described without rendering it: alt text, pixel size, ETag and its GET URLs (signed when the service signs and the caller is authenticated) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardDescription"];
                };
            };
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            503: components["responses"]["Error503"];
        };
    };
    postScoreJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "home": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "score": 1,
                 *         "color": "#2faee0"
                 *       },
                 *       "away": {
                 *         "name": "Atalanta",
                 *         "shortName": "ATA",
                 *         "score": 1,
                 *         "color": "#1e3a8a"
                 *       },
                 *       "competition": "Ligue Europa",
                 *       "stage": "Demi-finale aller",
                 *       "status": "half-time",
                 *       "minute": "45+2",
                 *       "events": [
                 *         {
                 *           "team": "away",
                 *           "minute": "3",
                 *           "player": "Lookman"
                 *         },
                 *         {
                 *           "team": "home",
                 *           "minute": "14",
                 *           "player": "Chancel Mbemba"
                 *         }
                 *       ],
                 *       "venue": "Orange Vélodrome",
                 *       "hashtag": "OMAtalanta",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["ScorePayload"];
            };
        };
        responses: {
            /** @description The card described without rendering it: alt text, pixel size, ETag and its GET URLs (signed when the service signs and the caller is authenticated) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardDescription"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    getScoreHtml: {
        parameters: {
            query: {
                /**
                 * @description Team name
                 * @example Olympique de Marseille
                 */
                "home.name": components["parameters"]["score.home.name"];
                /**
                 * @description Goals; leave out before kick-off
                 * @example 1
                 */
                "home.score"?: components["parameters"]["score.home.score"];
                /**
                 * @description Abbreviation such as OM, used for events
                 * @example OM
                 */
                "home.shortName"?: components["parameters"]["score.home.shortName"];
                /**
                 * @description Team colour for the monogram and accents
                 * @example #2faee0
                 */
                "home.color"?: components["parameters"]["score.home.color"];
                /** @description Crest as a data: URI; a monogram is drawn without it */
                "home.crest"?: components["parameters"]["score.home.crest"];
                /**
                 * @description Team name
                 * @example Atalanta
                 */
                "away.name": components["parameters"]["score.away.name"];
                /**
                 * @description Goals; leave out before kick-off
                 * @example 1
                 */
                "away.score"?: components["parameters"]["score.away.score"];
                /**
                 * @description Abbreviation such as OM, used for events
                 * @example ATA
                 */
                "away.shortName"?: components["parameters"]["score.away.shortName"];
                /**
                 * @description Team colour for the monogram and accents
                 * @example #1e3a8a
                 */
                "away.color"?: components["parameters"]["score.away.color"];
                /** @description Crest as a data: URI; a monogram is drawn without it */
                "away.crest"?: components["parameters"]["score.away.crest"];
                /** @example Ligue Europa */
                competition?: components["parameters"]["score.competition"];
                /**
                 * @description Round or leg, e.g. "Demi-finale aller"
                 * @example Demi-finale aller
                 */
                stage?: components["parameters"]["score.stage"];
                /**
                 * @description Defaults to live when a minute is given, else full-time
                 * @example half-time
                 */
                status?: components["parameters"]["score.status"];
                /** @example 45+2 */
                minute?: components["parameters"]["score.minute"];
                /** @description Kick-off date-time, shown for scheduled matches */
                kickoff?: components["parameters"]["score.kickoff"];
                "aggregate.home"?: components["parameters"]["score.aggregate.home"];
                "aggregate.away"?: components["parameters"]["score.aggregate.away"];
                "penalties.home"?: components["parameters"]["score.penalties.home"];
                "penalties.away"?: components["parameters"]["score.penalties.away"];
                /** @example Orange Vélodrome */
                venue?: components["parameters"]["score.venue"];
                /** @example OMAtalanta */
                hashtag?: components["parameters"]["score.hashtag"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["score.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["score.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["score.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["score.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["score.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["score.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["score.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["score.locale"];
                /**
                 * @description The items of the list `events`, one query parameter per field: `events.{n}.team`, `events.{n}.minute`, `events.{n}.player`, `events.{n}.type`, with {n} = 0, 1, 2… without gaps (at most 24 items). Each item needs `events.{n}.team`, `events.{n}.minute`, `events.{n}.player`.
                 * @example {
                 *       "events.0.team": "away",
                 *       "events.0.minute": "3",
                 *       "events.0.player": "Lookman",
                 *       "events.1.team": "home",
                 *       "events.1.minute": "14",
                 *       "events.1.player": "Chancel Mbemba"
                 *     }
                 */
                events?: components["parameters"]["score.events"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The share page: an HTML page whose <head> carries og:image (the PNG URL), its width, height, type and alt text, og:title, og:description, the Twitter card tags and a canonical link; its body shows the card and its alt text */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            503: components["responses"]["Error503"];
        };
    };
    signScorePng: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "home": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "score": 1,
                 *         "color": "#2faee0"
                 *       },
                 *       "away": {
                 *         "name": "Atalanta",
                 *         "shortName": "ATA",
                 *         "score": 1,
                 *         "color": "#1e3a8a"
                 *       },
                 *       "competition": "Ligue Europa",
                 *       "stage": "Demi-finale aller",
                 *       "status": "half-time",
                 *       "minute": "45+2",
                 *       "events": [
                 *         {
                 *           "team": "away",
                 *           "minute": "3",
                 *           "player": "Lookman"
                 *         },
                 *         {
                 *           "team": "home",
                 *           "minute": "14",
                 *           "player": "Chancel Mbemba"
                 *         }
                 *       ],
                 *       "venue": "Orange Vélodrome",
                 *       "hashtag": "OMAtalanta",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["ScorePayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    signScoreSvg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "home": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "score": 1,
                 *         "color": "#2faee0"
                 *       },
                 *       "away": {
                 *         "name": "Atalanta",
                 *         "shortName": "ATA",
                 *         "score": 1,
                 *         "color": "#1e3a8a"
                 *       },
                 *       "competition": "Ligue Europa",
                 *       "stage": "Demi-finale aller",
                 *       "status": "half-time",
                 *       "minute": "45+2",
                 *       "events": [
                 *         {
                 *           "team": "away",
                 *           "minute": "3",
                 *           "player": "Lookman"
                 *         },
                 *         {
                 *           "team": "home",
                 *           "minute": "14",
                 *           "player": "Chancel Mbemba"
                 *         }
                 *       ],
                 *       "venue": "Orange Vélodrome",
                 *       "hashtag": "OMAtalanta",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["ScorePayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    signScoreHtml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "home": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "score": 1,
                 *         "color": "#2faee0"
                 *       },
                 *       "away": {
                 *         "name": "Atalanta",
                 *         "shortName": "ATA",
                 *         "score": 1,
                 *         "color": "#1e3a8a"
                 *       },
                 *       "competition": "Ligue Europa",
                 *       "stage": "Demi-finale aller",
                 *       "status": "half-time",
                 *       "minute": "45+2",
                 *       "events": [
                 *         {
                 *           "team": "away",
                 *           "minute": "3",
                 *           "player": "Lookman"
                 *         },
                 *         {
                 *           "team": "home",
                 *           "minute": "14",
                 *           "player": "Chancel Mbemba"
                 *         }
                 *       ],
                 *       "venue": "Orange Vélodrome",
                 *       "hashtag": "OMAtalanta",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["ScorePayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    getPostPng: {
        parameters: {
            query: {
                /**
                 * @description Display name
                 * @example Olympique de Marseille
                 */
                "author.name": components["parameters"]["post.author.name"];
                /**
                 * @description Handle, with or without the leading @
                 * @example OM_Officiel
                 */
                "author.handle": components["parameters"]["post.author.handle"];
                /** @description data:image/(png|jpeg|gif);base64,… or an https:// URL (fetched only from allow-listed hosts) */
                "author.avatar"?: components["parameters"]["post.author.avatar"];
                /** @example true */
                "author.verified"?: components["parameters"]["post.author.verified"];
                /**
                 * @description The post, as written: styled Unicode, emoji and line breaks are kept
                 * @example ⏱️ 45+2’ | #OMAtalanta 1️⃣-1️⃣
                 *     Quel match ! Dans un premier acte intense, l’OM a rapidement répondu à l’ouverture du score italienne et réalise une belle première période 🔥
                 *     𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 𝗰𝗼𝗺𝗺𝗲 𝗰̧𝗮 𝗹𝗲𝘀 𝗴𝗮𝗿𝘀 👊💙
                 */
                text: components["parameters"]["post.text"];
                /** @example 2024-05-02T21:47:00+02:00 */
                date?: components["parameters"]["post.date"];
                /** @example x */
                platform?: components["parameters"]["post.platform"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["post.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["post.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["post.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["post.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["post.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["post.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["post.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["post.locale"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card as PNG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    postPostPng: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "author": {
                 *         "name": "Olympique de Marseille",
                 *         "handle": "OM_Officiel",
                 *         "verified": true
                 *       },
                 *       "text": "⏱️ 45+2’ | #OMAtalanta 1️⃣-1️⃣\nQuel match ! Dans un premier acte intense, l’OM a rapidement répondu à l’ouverture du score italienne et réalise une belle première période 🔥\n𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 𝗰𝗼𝗺𝗺𝗲 𝗰̧𝗮 𝗹𝗲𝘀 𝗴𝗮𝗿𝘀 👊💙",
                 *       "date": "2024-05-02T21:47:00+02:00",
                 *       "platform": "x",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["PostPayload"];
            };
        };
        responses: {
            /** @description The card as PNG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    getPostSvg: {
        parameters: {
            query: {
                /**
                 * @description Display name
                 * @example Olympique de Marseille
                 */
                "author.name": components["parameters"]["post.author.name"];
                /**
                 * @description Handle, with or without the leading @
                 * @example OM_Officiel
                 */
                "author.handle": components["parameters"]["post.author.handle"];
                /** @description data:image/(png|jpeg|gif);base64,… or an https:// URL (fetched only from allow-listed hosts) */
                "author.avatar"?: components["parameters"]["post.author.avatar"];
                /** @example true */
                "author.verified"?: components["parameters"]["post.author.verified"];
                /**
                 * @description The post, as written: styled Unicode, emoji and line breaks are kept
                 * @example ⏱️ 45+2’ | #OMAtalanta 1️⃣-1️⃣
                 *     Quel match ! Dans un premier acte intense, l’OM a rapidement répondu à l’ouverture du score italienne et réalise une belle première période 🔥
                 *     𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 𝗰𝗼𝗺𝗺𝗲 𝗰̧𝗮 𝗹𝗲𝘀 𝗴𝗮𝗿𝘀 👊💙
                 */
                text: components["parameters"]["post.text"];
                /** @example 2024-05-02T21:47:00+02:00 */
                date?: components["parameters"]["post.date"];
                /** @example x */
                platform?: components["parameters"]["post.platform"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["post.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["post.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["post.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["post.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["post.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["post.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["post.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["post.locale"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card as SVG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    postPostSvg: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "author": {
                 *         "name": "Olympique de Marseille",
                 *         "handle": "OM_Officiel",
                 *         "verified": true
                 *       },
                 *       "text": "⏱️ 45+2’ | #OMAtalanta 1️⃣-1️⃣\nQuel match ! Dans un premier acte intense, l’OM a rapidement répondu à l’ouverture du score italienne et réalise une belle première période 🔥\n𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 𝗰𝗼𝗺𝗺𝗲 𝗰̧𝗮 𝗹𝗲𝘀 𝗴𝗮𝗿𝘀 👊💙",
                 *       "date": "2024-05-02T21:47:00+02:00",
                 *       "platform": "x",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["PostPayload"];
            };
        };
        responses: {
            /** @description The card as SVG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    getPostJson: {
        parameters: {
            query: {
                /**
                 * @description Display name
                 * @example Olympique de Marseille
                 */
                "author.name": components["parameters"]["post.author.name"];
                /**
                 * @description Handle, with or without the leading @
                 * @example OM_Officiel
                 */
                "author.handle": components["parameters"]["post.author.handle"];
                /** @description data:image/(png|jpeg|gif);base64,… or an https:// URL (fetched only from allow-listed hosts) */
                "author.avatar"?: components["parameters"]["post.author.avatar"];
                /** @example true */
                "author.verified"?: components["parameters"]["post.author.verified"];
                /**
                 * @description The post, as written: styled Unicode, emoji and line breaks are kept
                 * @example ⏱️ 45+2’ | #OMAtalanta 1️⃣-1️⃣
                 *     Quel match ! Dans un premier acte intense, l’OM a rapidement répondu à l’ouverture du score italienne et réalise une belle première période 🔥
                 *     𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 𝗰𝗼𝗺𝗺𝗲 𝗰̧𝗮 𝗹𝗲𝘀 𝗴𝗮𝗿𝘀 👊💙
                 */
                text: components["parameters"]["post.text"];
                /** @example 2024-05-02T21:47:00+02:00 */
                date?: components["parameters"]["post.date"];
                /** @example x */
                platform?: components["parameters"]["post.platform"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["post.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["post.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["post.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["post.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["post.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["post.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["post.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["post.locale"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card described without rendering it: alt text, pixel size, ETag and its GET URLs (signed when the service signs and the caller is authenticated) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardDescription"];
                };
            };
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            503: components["responses"]["Error503"];
        };
    };
    postPostJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "author": {
                 *         "name": "Olympique de Marseille",
                 *         "handle": "OM_Officiel",
                 *         "verified": true
                 *       },
                 *       "text": "⏱️ 45+2’ | #OMAtalanta 1️⃣-1️⃣\nQuel match ! Dans un premier acte intense, l’OM a rapidement répondu à l’ouverture du score italienne et réalise une belle première période 🔥\n𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 𝗰𝗼𝗺𝗺𝗲 𝗰̧𝗮 𝗹𝗲𝘀 𝗴𝗮𝗿𝘀 👊💙",
                 *       "date": "2024-05-02T21:47:00+02:00",
                 *       "platform": "x",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["PostPayload"];
            };
        };
        responses: {
            /** @description The card described without rendering it: alt text, pixel size, ETag and its GET URLs (signed when the service signs and the caller is authenticated) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardDescription"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    getPostHtml: {
        parameters: {
            query: {
                /**
                 * @description Display name
                 * @example Olympique de Marseille
                 */
                "author.name": components["parameters"]["post.author.name"];
                /**
                 * @description Handle, with or without the leading @
                 * @example OM_Officiel
                 */
                "author.handle": components["parameters"]["post.author.handle"];
                /** @description data:image/(png|jpeg|gif);base64,… or an https:// URL (fetched only from allow-listed hosts) */
                "author.avatar"?: components["parameters"]["post.author.avatar"];
                /** @example true */
                "author.verified"?: components["parameters"]["post.author.verified"];
                /**
                 * @description The post, as written: styled Unicode, emoji and line breaks are kept
                 * @example ⏱️ 45+2’ | #OMAtalanta 1️⃣-1️⃣
                 *     Quel match ! Dans un premier acte intense, l’OM a rapidement répondu à l’ouverture du score italienne et réalise une belle première période 🔥
                 *     𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 𝗰𝗼𝗺𝗺𝗲 𝗰̧𝗮 𝗹𝗲𝘀 𝗴𝗮𝗿𝘀 👊💙
                 */
                text: components["parameters"]["post.text"];
                /** @example 2024-05-02T21:47:00+02:00 */
                date?: components["parameters"]["post.date"];
                /** @example x */
                platform?: components["parameters"]["post.platform"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["post.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["post.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["post.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["post.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["post.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["post.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["post.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["post.locale"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The share page: an HTML page whose <head> carries og:image (the PNG URL), its width, height, type and alt text, og:title, og:description, the Twitter card tags and a canonical link; its body shows the card and its alt text */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            503: components["responses"]["Error503"];
        };
    };
    signPostPng: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "author": {
                 *         "name": "Olympique de Marseille",
                 *         "handle": "OM_Officiel",
                 *         "verified": true
                 *       },
                 *       "text": "⏱️ 45+2’ | #OMAtalanta 1️⃣-1️⃣\nQuel match ! Dans un premier acte intense, l’OM a rapidement répondu à l’ouverture du score italienne et réalise une belle première période 🔥\n𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 𝗰𝗼𝗺𝗺𝗲 𝗰̧𝗮 𝗹𝗲𝘀 𝗴𝗮𝗿𝘀 👊💙",
                 *       "date": "2024-05-02T21:47:00+02:00",
                 *       "platform": "x",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["PostPayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    signPostSvg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "author": {
                 *         "name": "Olympique de Marseille",
                 *         "handle": "OM_Officiel",
                 *         "verified": true
                 *       },
                 *       "text": "⏱️ 45+2’ | #OMAtalanta 1️⃣-1️⃣\nQuel match ! Dans un premier acte intense, l’OM a rapidement répondu à l’ouverture du score italienne et réalise une belle première période 🔥\n𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 𝗰𝗼𝗺𝗺𝗲 𝗰̧𝗮 𝗹𝗲𝘀 𝗴𝗮𝗿𝘀 👊💙",
                 *       "date": "2024-05-02T21:47:00+02:00",
                 *       "platform": "x",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["PostPayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    signPostHtml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "author": {
                 *         "name": "Olympique de Marseille",
                 *         "handle": "OM_Officiel",
                 *         "verified": true
                 *       },
                 *       "text": "⏱️ 45+2’ | #OMAtalanta 1️⃣-1️⃣\nQuel match ! Dans un premier acte intense, l’OM a rapidement répondu à l’ouverture du score italienne et réalise une belle première période 🔥\n𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 𝗰𝗼𝗺𝗺𝗲 𝗰̧𝗮 𝗹𝗲𝘀 𝗴𝗮𝗿𝘀 👊💙",
                 *       "date": "2024-05-02T21:47:00+02:00",
                 *       "platform": "x",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["PostPayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    getFixturePng: {
        parameters: {
            query: {
                /**
                 * @description Team name
                 * @example Olympique de Marseille
                 */
                "home.name": components["parameters"]["fixture.home.name"];
                /**
                 * @description Abbreviation such as OM or PSG, for tight places and the monogram
                 * @example OM
                 */
                "home.shortName"?: components["parameters"]["fixture.home.shortName"];
                /**
                 * @description Team colour
                 * @example #2faee0
                 */
                "home.color"?: components["parameters"]["fixture.home.color"];
                /** @description Crest image; a monogram shield on the team colour is drawn without it */
                "home.crest"?: components["parameters"]["fixture.home.crest"];
                /**
                 * @description Team name
                 * @example Paris Saint-Germain
                 */
                "away.name": components["parameters"]["fixture.away.name"];
                /**
                 * @description Abbreviation such as OM or PSG, for tight places and the monogram
                 * @example PSG
                 */
                "away.shortName"?: components["parameters"]["fixture.away.shortName"];
                /**
                 * @description Team colour
                 * @example #004170
                 */
                "away.color"?: components["parameters"]["fixture.away.color"];
                /** @description Crest image; a monogram shield on the team colour is drawn without it */
                "away.crest"?: components["parameters"]["fixture.away.crest"];
                /**
                 * @description Kick-off, a date-time with its offset (2024-05-04T21:00:00+02:00), shown as written; a date alone while the time is not set
                 * @example 2024-05-04T21:00:00+02:00
                 */
                kickoff: components["parameters"]["fixture.kickoff"];
                /** @example Ligue 1 */
                competition?: components["parameters"]["fixture.competition"];
                /** @description Round or stage, e.g. "Demi-finale aller" */
                stage?: components["parameters"]["fixture.stage"];
                /**
                 * @description Matchday number, printed "Matchday 34"
                 * @example 33
                 */
                matchday?: components["parameters"]["fixture.matchday"];
                /**
                 * @description matchday, derby or final (printed in the card’s language), or any text
                 * @example matchday
                 */
                label?: components["parameters"]["fixture.label"];
                /** @example Orange Vélodrome */
                venue?: components["parameters"]["fixture.venue"];
                /** @example OMPSG */
                hashtag?: components["parameters"]["fixture.hashtag"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["fixture.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["fixture.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["fixture.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["fixture.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["fixture.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["fixture.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["fixture.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["fixture.locale"];
                /**
                 * @description The items of the list `broadcasters`, one query parameter per field: `broadcasters.{n}`, with {n} = 0, 1, 2… without gaps (at most 4 items).
                 * @example {
                 *       "broadcasters.0": "Prime Video",
                 *       "broadcasters.1": "beIN Sports"
                 *     }
                 */
                broadcasters?: components["parameters"]["fixture.broadcasters"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card as PNG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    postFixturePng: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "home": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "away": {
                 *         "name": "Paris Saint-Germain",
                 *         "shortName": "PSG",
                 *         "color": "#004170"
                 *       },
                 *       "kickoff": "2024-05-04T21:00:00+02:00",
                 *       "competition": "Ligue 1",
                 *       "matchday": 33,
                 *       "label": "matchday",
                 *       "venue": "Orange Vélodrome",
                 *       "broadcasters": [
                 *         "Prime Video",
                 *         "beIN Sports"
                 *       ],
                 *       "hashtag": "OMPSG",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["FixturePayload"];
            };
        };
        responses: {
            /** @description The card as PNG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    getFixtureSvg: {
        parameters: {
            query: {
                /**
                 * @description Team name
                 * @example Olympique de Marseille
                 */
                "home.name": components["parameters"]["fixture.home.name"];
                /**
                 * @description Abbreviation such as OM or PSG, for tight places and the monogram
                 * @example OM
                 */
                "home.shortName"?: components["parameters"]["fixture.home.shortName"];
                /**
                 * @description Team colour
                 * @example #2faee0
                 */
                "home.color"?: components["parameters"]["fixture.home.color"];
                /** @description Crest image; a monogram shield on the team colour is drawn without it */
                "home.crest"?: components["parameters"]["fixture.home.crest"];
                /**
                 * @description Team name
                 * @example Paris Saint-Germain
                 */
                "away.name": components["parameters"]["fixture.away.name"];
                /**
                 * @description Abbreviation such as OM or PSG, for tight places and the monogram
                 * @example PSG
                 */
                "away.shortName"?: components["parameters"]["fixture.away.shortName"];
                /**
                 * @description Team colour
                 * @example #004170
                 */
                "away.color"?: components["parameters"]["fixture.away.color"];
                /** @description Crest image; a monogram shield on the team colour is drawn without it */
                "away.crest"?: components["parameters"]["fixture.away.crest"];
                /**
                 * @description Kick-off, a date-time with its offset (2024-05-04T21:00:00+02:00), shown as written; a date alone while the time is not set
                 * @example 2024-05-04T21:00:00+02:00
                 */
                kickoff: components["parameters"]["fixture.kickoff"];
                /** @example Ligue 1 */
                competition?: components["parameters"]["fixture.competition"];
                /** @description Round or stage, e.g. "Demi-finale aller" */
                stage?: components["parameters"]["fixture.stage"];
                /**
                 * @description Matchday number, printed "Matchday 34"
                 * @example 33
                 */
                matchday?: components["parameters"]["fixture.matchday"];
                /**
                 * @description matchday, derby or final (printed in the card’s language), or any text
                 * @example matchday
                 */
                label?: components["parameters"]["fixture.label"];
                /** @example Orange Vélodrome */
                venue?: components["parameters"]["fixture.venue"];
                /** @example OMPSG */
                hashtag?: components["parameters"]["fixture.hashtag"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["fixture.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["fixture.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["fixture.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["fixture.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["fixture.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["fixture.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["fixture.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["fixture.locale"];
                /**
                 * @description The items of the list `broadcasters`, one query parameter per field: `broadcasters.{n}`, with {n} = 0, 1, 2… without gaps (at most 4 items).
                 * @example {
                 *       "broadcasters.0": "Prime Video",
                 *       "broadcasters.1": "beIN Sports"
                 *     }
                 */
                broadcasters?: components["parameters"]["fixture.broadcasters"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card as SVG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    postFixtureSvg: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "home": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "away": {
                 *         "name": "Paris Saint-Germain",
                 *         "shortName": "PSG",
                 *         "color": "#004170"
                 *       },
                 *       "kickoff": "2024-05-04T21:00:00+02:00",
                 *       "competition": "Ligue 1",
                 *       "matchday": 33,
                 *       "label": "matchday",
                 *       "venue": "Orange Vélodrome",
                 *       "broadcasters": [
                 *         "Prime Video",
                 *         "beIN Sports"
                 *       ],
                 *       "hashtag": "OMPSG",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["FixturePayload"];
            };
        };
        responses: {
            /** @description The card as SVG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    getFixtureJson: {
        parameters: {
            query: {
                /**
                 * @description Team name
                 * @example Olympique de Marseille
                 */
                "home.name": components["parameters"]["fixture.home.name"];
                /**
                 * @description Abbreviation such as OM or PSG, for tight places and the monogram
                 * @example OM
                 */
                "home.shortName"?: components["parameters"]["fixture.home.shortName"];
                /**
                 * @description Team colour
                 * @example #2faee0
                 */
                "home.color"?: components["parameters"]["fixture.home.color"];
                /** @description Crest image; a monogram shield on the team colour is drawn without it */
                "home.crest"?: components["parameters"]["fixture.home.crest"];
                /**
                 * @description Team name
                 * @example Paris Saint-Germain
                 */
                "away.name": components["parameters"]["fixture.away.name"];
                /**
                 * @description Abbreviation such as OM or PSG, for tight places and the monogram
                 * @example PSG
                 */
                "away.shortName"?: components["parameters"]["fixture.away.shortName"];
                /**
                 * @description Team colour
                 * @example #004170
                 */
                "away.color"?: components["parameters"]["fixture.away.color"];
                /** @description Crest image; a monogram shield on the team colour is drawn without it */
                "away.crest"?: components["parameters"]["fixture.away.crest"];
                /**
                 * @description Kick-off, a date-time with its offset (2024-05-04T21:00:00+02:00), shown as written; a date alone while the time is not set
                 * @example 2024-05-04T21:00:00+02:00
                 */
                kickoff: components["parameters"]["fixture.kickoff"];
                /** @example Ligue 1 */
                competition?: components["parameters"]["fixture.competition"];
                /** @description Round or stage, e.g. "Demi-finale aller" */
                stage?: components["parameters"]["fixture.stage"];
                /**
                 * @description Matchday number, printed "Matchday 34"
                 * @example 33
                 */
                matchday?: components["parameters"]["fixture.matchday"];
                /**
                 * @description matchday, derby or final (printed in the card’s language), or any text
                 * @example matchday
                 */
                label?: components["parameters"]["fixture.label"];
                /** @example Orange Vélodrome */
                venue?: components["parameters"]["fixture.venue"];
                /** @example OMPSG */
                hashtag?: components["parameters"]["fixture.hashtag"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["fixture.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["fixture.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["fixture.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["fixture.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["fixture.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["fixture.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["fixture.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["fixture.locale"];
                /**
                 * @description The items of the list `broadcasters`, one query parameter per field: `broadcasters.{n}`, with {n} = 0, 1, 2… without gaps (at most 4 items).
                 * @example {
                 *       "broadcasters.0": "Prime Video",
                 *       "broadcasters.1": "beIN Sports"
                 *     }
                 */
                broadcasters?: components["parameters"]["fixture.broadcasters"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card described without rendering it: alt text, pixel size, ETag and its GET URLs (signed when the service signs and the caller is authenticated) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardDescription"];
                };
            };
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            503: components["responses"]["Error503"];
        };
    };
    postFixtureJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "home": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "away": {
                 *         "name": "Paris Saint-Germain",
                 *         "shortName": "PSG",
                 *         "color": "#004170"
                 *       },
                 *       "kickoff": "2024-05-04T21:00:00+02:00",
                 *       "competition": "Ligue 1",
                 *       "matchday": 33,
                 *       "label": "matchday",
                 *       "venue": "Orange Vélodrome",
                 *       "broadcasters": [
                 *         "Prime Video",
                 *         "beIN Sports"
                 *       ],
                 *       "hashtag": "OMPSG",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["FixturePayload"];
            };
        };
        responses: {
            /** @description The card described without rendering it: alt text, pixel size, ETag and its GET URLs (signed when the service signs and the caller is authenticated) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardDescription"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    getFixtureHtml: {
        parameters: {
            query: {
                /**
                 * @description Team name
                 * @example Olympique de Marseille
                 */
                "home.name": components["parameters"]["fixture.home.name"];
                /**
                 * @description Abbreviation such as OM or PSG, for tight places and the monogram
                 * @example OM
                 */
                "home.shortName"?: components["parameters"]["fixture.home.shortName"];
                /**
                 * @description Team colour
                 * @example #2faee0
                 */
                "home.color"?: components["parameters"]["fixture.home.color"];
                /** @description Crest image; a monogram shield on the team colour is drawn without it */
                "home.crest"?: components["parameters"]["fixture.home.crest"];
                /**
                 * @description Team name
                 * @example Paris Saint-Germain
                 */
                "away.name": components["parameters"]["fixture.away.name"];
                /**
                 * @description Abbreviation such as OM or PSG, for tight places and the monogram
                 * @example PSG
                 */
                "away.shortName"?: components["parameters"]["fixture.away.shortName"];
                /**
                 * @description Team colour
                 * @example #004170
                 */
                "away.color"?: components["parameters"]["fixture.away.color"];
                /** @description Crest image; a monogram shield on the team colour is drawn without it */
                "away.crest"?: components["parameters"]["fixture.away.crest"];
                /**
                 * @description Kick-off, a date-time with its offset (2024-05-04T21:00:00+02:00), shown as written; a date alone while the time is not set
                 * @example 2024-05-04T21:00:00+02:00
                 */
                kickoff: components["parameters"]["fixture.kickoff"];
                /** @example Ligue 1 */
                competition?: components["parameters"]["fixture.competition"];
                /** @description Round or stage, e.g. "Demi-finale aller" */
                stage?: components["parameters"]["fixture.stage"];
                /**
                 * @description Matchday number, printed "Matchday 34"
                 * @example 33
                 */
                matchday?: components["parameters"]["fixture.matchday"];
                /**
                 * @description matchday, derby or final (printed in the card’s language), or any text
                 * @example matchday
                 */
                label?: components["parameters"]["fixture.label"];
                /** @example Orange Vélodrome */
                venue?: components["parameters"]["fixture.venue"];
                /** @example OMPSG */
                hashtag?: components["parameters"]["fixture.hashtag"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["fixture.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["fixture.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["fixture.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["fixture.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["fixture.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["fixture.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["fixture.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["fixture.locale"];
                /**
                 * @description The items of the list `broadcasters`, one query parameter per field: `broadcasters.{n}`, with {n} = 0, 1, 2… without gaps (at most 4 items).
                 * @example {
                 *       "broadcasters.0": "Prime Video",
                 *       "broadcasters.1": "beIN Sports"
                 *     }
                 */
                broadcasters?: components["parameters"]["fixture.broadcasters"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The share page: an HTML page whose <head> carries og:image (the PNG URL), its width, height, type and alt text, og:title, og:description, the Twitter card tags and a canonical link; its body shows the card and its alt text */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            503: components["responses"]["Error503"];
        };
    };
    signFixturePng: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "home": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "away": {
                 *         "name": "Paris Saint-Germain",
                 *         "shortName": "PSG",
                 *         "color": "#004170"
                 *       },
                 *       "kickoff": "2024-05-04T21:00:00+02:00",
                 *       "competition": "Ligue 1",
                 *       "matchday": 33,
                 *       "label": "matchday",
                 *       "venue": "Orange Vélodrome",
                 *       "broadcasters": [
                 *         "Prime Video",
                 *         "beIN Sports"
                 *       ],
                 *       "hashtag": "OMPSG",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["FixturePayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    signFixtureSvg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "home": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "away": {
                 *         "name": "Paris Saint-Germain",
                 *         "shortName": "PSG",
                 *         "color": "#004170"
                 *       },
                 *       "kickoff": "2024-05-04T21:00:00+02:00",
                 *       "competition": "Ligue 1",
                 *       "matchday": 33,
                 *       "label": "matchday",
                 *       "venue": "Orange Vélodrome",
                 *       "broadcasters": [
                 *         "Prime Video",
                 *         "beIN Sports"
                 *       ],
                 *       "hashtag": "OMPSG",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["FixturePayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    signFixtureHtml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "home": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "away": {
                 *         "name": "Paris Saint-Germain",
                 *         "shortName": "PSG",
                 *         "color": "#004170"
                 *       },
                 *       "kickoff": "2024-05-04T21:00:00+02:00",
                 *       "competition": "Ligue 1",
                 *       "matchday": 33,
                 *       "label": "matchday",
                 *       "venue": "Orange Vélodrome",
                 *       "broadcasters": [
                 *         "Prime Video",
                 *         "beIN Sports"
                 *       ],
                 *       "hashtag": "OMPSG",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["FixturePayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    getLineupPng: {
        parameters: {
            query: {
                /**
                 * @description Team name
                 * @example Olympique de Marseille
                 */
                "team.name": components["parameters"]["lineup.team.name"];
                /**
                 * @description Abbreviation such as OM or PSG, for tight places and the monogram
                 * @example OM
                 */
                "team.shortName"?: components["parameters"]["lineup.team.shortName"];
                /**
                 * @description Team colour
                 * @example #2faee0
                 */
                "team.color"?: components["parameters"]["lineup.team.color"];
                /** @description Crest image; a monogram shield on the team colour is drawn without it */
                "team.crest"?: components["parameters"]["lineup.team.crest"];
                /**
                 * @description Outfield lines from defence to attack: 4-3-3, 3-5-2, 4-2-3-1, 4-4-2…
                 * @example 4-3-3
                 */
                formation: components["parameters"]["lineup.formation"];
                /**
                 * @description Head coach
                 * @example Jean-Louis Gasset
                 */
                coach?: components["parameters"]["lineup.coach"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["lineup.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["lineup.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["lineup.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["lineup.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["lineup.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["lineup.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["lineup.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["lineup.locale"];
                /**
                 * @description The items of the list `starting`, one query parameter per field: `starting.{n}.number`, `starting.{n}.name`, `starting.{n}.position`, `starting.{n}.captain`, `starting.{n}.grid`, with {n} = 0, 1, 2… without gaps (at most 11 items). Each item needs `starting.{n}.number`, `starting.{n}.name`.
                 * @example {
                 *       "starting.0.number": 16,
                 *       "starting.0.name": "Pau López",
                 *       "starting.0.position": "GK",
                 *       "starting.1.number": 3,
                 *       "starting.1.name": "Quentin Merlin",
                 *       "starting.1.position": "DF",
                 *       "starting.2.number": 5,
                 *       "starting.2.name": "Leonardo Balerdi",
                 *       "starting.2.position": "DF",
                 *       "starting.3.number": 99,
                 *       "starting.3.name": "Chancel Mbemba",
                 *       "starting.3.position": "DF",
                 *       "starting.4.number": 7,
                 *       "starting.4.name": "Jonathan Clauss",
                 *       "starting.4.position": "DF",
                 *       "starting.5.number": 8,
                 *       "starting.5.name": "Azzedine Ounahi",
                 *       "starting.5.position": "MF",
                 *       "starting.6.number": 27,
                 *       "starting.6.name": "Jordan Veretout",
                 *       "starting.6.position": "MF",
                 *       "starting.6.captain": true,
                 *       "starting.7.number": 19,
                 *       "starting.7.name": "Geoffrey Kondogbia",
                 *       "starting.7.position": "MF",
                 *       "starting.8.number": 29,
                 *       "starting.8.name": "Iliman Ndiaye",
                 *       "starting.8.position": "FW",
                 *       "starting.9.number": 10,
                 *       "starting.9.name": "Pierre-Emerick Aubameyang",
                 *       "starting.9.position": "FW",
                 *       "starting.10.number": 23,
                 *       "starting.10.name": "Ismaïla Sarr",
                 *       "starting.10.position": "FW"
                 *     }
                 */
                starting?: components["parameters"]["lineup.starting"];
                /**
                 * @description The items of the list `substitutes`, one query parameter per field: `substitutes.{n}.number`, `substitutes.{n}.name`, `substitutes.{n}.position`, with {n} = 0, 1, 2… without gaps (at most 12 items). Each item needs `substitutes.{n}.number`, `substitutes.{n}.name`.
                 * @example {
                 *       "substitutes.0.number": 36,
                 *       "substitutes.0.name": "Rubén Blanco",
                 *       "substitutes.0.position": "GK",
                 *       "substitutes.1.number": 4,
                 *       "substitutes.1.name": "Samuel Gigot",
                 *       "substitutes.1.position": "DF",
                 *       "substitutes.2.number": 62,
                 *       "substitutes.2.name": "Michael Murillo",
                 *       "substitutes.2.position": "DF",
                 *       "substitutes.3.number": 6,
                 *       "substitutes.3.name": "Ulisses Garcia",
                 *       "substitutes.3.position": "DF",
                 *       "substitutes.4.number": 11,
                 *       "substitutes.4.name": "Amine Harit",
                 *       "substitutes.4.position": "MF",
                 *       "substitutes.5.number": 18,
                 *       "substitutes.5.name": "Bamo Meïté",
                 *       "substitutes.5.position": "DF",
                 *       "substitutes.6.number": 9,
                 *       "substitutes.6.name": "Faris Moumbagna",
                 *       "substitutes.6.position": "FW",
                 *       "substitutes.7.number": 21,
                 *       "substitutes.7.name": "Valentin Rongier",
                 *       "substitutes.7.position": "MF",
                 *       "substitutes.8.number": 22,
                 *       "substitutes.8.name": "Pape Gueye",
                 *       "substitutes.8.position": "MF"
                 *     }
                 */
                substitutes?: components["parameters"]["lineup.substitutes"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card as PNG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    postLineupPng: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "team": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "formation": "4-3-3",
                 *       "starting": [
                 *         {
                 *           "number": 16,
                 *           "name": "Pau López",
                 *           "position": "GK"
                 *         },
                 *         {
                 *           "number": 3,
                 *           "name": "Quentin Merlin",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 5,
                 *           "name": "Leonardo Balerdi",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 99,
                 *           "name": "Chancel Mbemba",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 7,
                 *           "name": "Jonathan Clauss",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 8,
                 *           "name": "Azzedine Ounahi",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 27,
                 *           "name": "Jordan Veretout",
                 *           "position": "MF",
                 *           "captain": true
                 *         },
                 *         {
                 *           "number": 19,
                 *           "name": "Geoffrey Kondogbia",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 29,
                 *           "name": "Iliman Ndiaye",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 10,
                 *           "name": "Pierre-Emerick Aubameyang",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 23,
                 *           "name": "Ismaïla Sarr",
                 *           "position": "FW"
                 *         }
                 *       ],
                 *       "substitutes": [
                 *         {
                 *           "number": 36,
                 *           "name": "Rubén Blanco",
                 *           "position": "GK"
                 *         },
                 *         {
                 *           "number": 4,
                 *           "name": "Samuel Gigot",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 62,
                 *           "name": "Michael Murillo",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 6,
                 *           "name": "Ulisses Garcia",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 11,
                 *           "name": "Amine Harit",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 18,
                 *           "name": "Bamo Meïté",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 9,
                 *           "name": "Faris Moumbagna",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 21,
                 *           "name": "Valentin Rongier",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 22,
                 *           "name": "Pape Gueye",
                 *           "position": "MF"
                 *         }
                 *       ],
                 *       "coach": "Jean-Louis Gasset",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["LineupPayload"];
            };
        };
        responses: {
            /** @description The card as PNG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    getLineupSvg: {
        parameters: {
            query: {
                /**
                 * @description Team name
                 * @example Olympique de Marseille
                 */
                "team.name": components["parameters"]["lineup.team.name"];
                /**
                 * @description Abbreviation such as OM or PSG, for tight places and the monogram
                 * @example OM
                 */
                "team.shortName"?: components["parameters"]["lineup.team.shortName"];
                /**
                 * @description Team colour
                 * @example #2faee0
                 */
                "team.color"?: components["parameters"]["lineup.team.color"];
                /** @description Crest image; a monogram shield on the team colour is drawn without it */
                "team.crest"?: components["parameters"]["lineup.team.crest"];
                /**
                 * @description Outfield lines from defence to attack: 4-3-3, 3-5-2, 4-2-3-1, 4-4-2…
                 * @example 4-3-3
                 */
                formation: components["parameters"]["lineup.formation"];
                /**
                 * @description Head coach
                 * @example Jean-Louis Gasset
                 */
                coach?: components["parameters"]["lineup.coach"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["lineup.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["lineup.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["lineup.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["lineup.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["lineup.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["lineup.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["lineup.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["lineup.locale"];
                /**
                 * @description The items of the list `starting`, one query parameter per field: `starting.{n}.number`, `starting.{n}.name`, `starting.{n}.position`, `starting.{n}.captain`, `starting.{n}.grid`, with {n} = 0, 1, 2… without gaps (at most 11 items). Each item needs `starting.{n}.number`, `starting.{n}.name`.
                 * @example {
                 *       "starting.0.number": 16,
                 *       "starting.0.name": "Pau López",
                 *       "starting.0.position": "GK",
                 *       "starting.1.number": 3,
                 *       "starting.1.name": "Quentin Merlin",
                 *       "starting.1.position": "DF",
                 *       "starting.2.number": 5,
                 *       "starting.2.name": "Leonardo Balerdi",
                 *       "starting.2.position": "DF",
                 *       "starting.3.number": 99,
                 *       "starting.3.name": "Chancel Mbemba",
                 *       "starting.3.position": "DF",
                 *       "starting.4.number": 7,
                 *       "starting.4.name": "Jonathan Clauss",
                 *       "starting.4.position": "DF",
                 *       "starting.5.number": 8,
                 *       "starting.5.name": "Azzedine Ounahi",
                 *       "starting.5.position": "MF",
                 *       "starting.6.number": 27,
                 *       "starting.6.name": "Jordan Veretout",
                 *       "starting.6.position": "MF",
                 *       "starting.6.captain": true,
                 *       "starting.7.number": 19,
                 *       "starting.7.name": "Geoffrey Kondogbia",
                 *       "starting.7.position": "MF",
                 *       "starting.8.number": 29,
                 *       "starting.8.name": "Iliman Ndiaye",
                 *       "starting.8.position": "FW",
                 *       "starting.9.number": 10,
                 *       "starting.9.name": "Pierre-Emerick Aubameyang",
                 *       "starting.9.position": "FW",
                 *       "starting.10.number": 23,
                 *       "starting.10.name": "Ismaïla Sarr",
                 *       "starting.10.position": "FW"
                 *     }
                 */
                starting?: components["parameters"]["lineup.starting"];
                /**
                 * @description The items of the list `substitutes`, one query parameter per field: `substitutes.{n}.number`, `substitutes.{n}.name`, `substitutes.{n}.position`, with {n} = 0, 1, 2… without gaps (at most 12 items). Each item needs `substitutes.{n}.number`, `substitutes.{n}.name`.
                 * @example {
                 *       "substitutes.0.number": 36,
                 *       "substitutes.0.name": "Rubén Blanco",
                 *       "substitutes.0.position": "GK",
                 *       "substitutes.1.number": 4,
                 *       "substitutes.1.name": "Samuel Gigot",
                 *       "substitutes.1.position": "DF",
                 *       "substitutes.2.number": 62,
                 *       "substitutes.2.name": "Michael Murillo",
                 *       "substitutes.2.position": "DF",
                 *       "substitutes.3.number": 6,
                 *       "substitutes.3.name": "Ulisses Garcia",
                 *       "substitutes.3.position": "DF",
                 *       "substitutes.4.number": 11,
                 *       "substitutes.4.name": "Amine Harit",
                 *       "substitutes.4.position": "MF",
                 *       "substitutes.5.number": 18,
                 *       "substitutes.5.name": "Bamo Meïté",
                 *       "substitutes.5.position": "DF",
                 *       "substitutes.6.number": 9,
                 *       "substitutes.6.name": "Faris Moumbagna",
                 *       "substitutes.6.position": "FW",
                 *       "substitutes.7.number": 21,
                 *       "substitutes.7.name": "Valentin Rongier",
                 *       "substitutes.7.position": "MF",
                 *       "substitutes.8.number": 22,
                 *       "substitutes.8.name": "Pape Gueye",
                 *       "substitutes.8.position": "MF"
                 *     }
                 */
                substitutes?: components["parameters"]["lineup.substitutes"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card as SVG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    postLineupSvg: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "team": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "formation": "4-3-3",
                 *       "starting": [
                 *         {
                 *           "number": 16,
                 *           "name": "Pau López",
                 *           "position": "GK"
                 *         },
                 *         {
                 *           "number": 3,
                 *           "name": "Quentin Merlin",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 5,
                 *           "name": "Leonardo Balerdi",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 99,
                 *           "name": "Chancel Mbemba",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 7,
                 *           "name": "Jonathan Clauss",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 8,
                 *           "name": "Azzedine Ounahi",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 27,
                 *           "name": "Jordan Veretout",
                 *           "position": "MF",
                 *           "captain": true
                 *         },
                 *         {
                 *           "number": 19,
                 *           "name": "Geoffrey Kondogbia",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 29,
                 *           "name": "Iliman Ndiaye",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 10,
                 *           "name": "Pierre-Emerick Aubameyang",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 23,
                 *           "name": "Ismaïla Sarr",
                 *           "position": "FW"
                 *         }
                 *       ],
                 *       "substitutes": [
                 *         {
                 *           "number": 36,
                 *           "name": "Rubén Blanco",
                 *           "position": "GK"
                 *         },
                 *         {
                 *           "number": 4,
                 *           "name": "Samuel Gigot",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 62,
                 *           "name": "Michael Murillo",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 6,
                 *           "name": "Ulisses Garcia",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 11,
                 *           "name": "Amine Harit",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 18,
                 *           "name": "Bamo Meïté",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 9,
                 *           "name": "Faris Moumbagna",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 21,
                 *           "name": "Valentin Rongier",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 22,
                 *           "name": "Pape Gueye",
                 *           "position": "MF"
                 *         }
                 *       ],
                 *       "coach": "Jean-Louis Gasset",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["LineupPayload"];
            };
        };
        responses: {
            /** @description The card as SVG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    getLineupJson: {
        parameters: {
            query: {
                /**
                 * @description Team name
                 * @example Olympique de Marseille
                 */
                "team.name": components["parameters"]["lineup.team.name"];
                /**
                 * @description Abbreviation such as OM or PSG, for tight places and the monogram
                 * @example OM
                 */
                "team.shortName"?: components["parameters"]["lineup.team.shortName"];
                /**
                 * @description Team colour
                 * @example #2faee0
                 */
                "team.color"?: components["parameters"]["lineup.team.color"];
                /** @description Crest image; a monogram shield on the team colour is drawn without it */
                "team.crest"?: components["parameters"]["lineup.team.crest"];
                /**
                 * @description Outfield lines from defence to attack: 4-3-3, 3-5-2, 4-2-3-1, 4-4-2…
                 * @example 4-3-3
                 */
                formation: components["parameters"]["lineup.formation"];
                /**
                 * @description Head coach
                 * @example Jean-Louis Gasset
                 */
                coach?: components["parameters"]["lineup.coach"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["lineup.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["lineup.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["lineup.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["lineup.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["lineup.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["lineup.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["lineup.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["lineup.locale"];
                /**
                 * @description The items of the list `starting`, one query parameter per field: `starting.{n}.number`, `starting.{n}.name`, `starting.{n}.position`, `starting.{n}.captain`, `starting.{n}.grid`, with {n} = 0, 1, 2… without gaps (at most 11 items). Each item needs `starting.{n}.number`, `starting.{n}.name`.
                 * @example {
                 *       "starting.0.number": 16,
                 *       "starting.0.name": "Pau López",
                 *       "starting.0.position": "GK",
                 *       "starting.1.number": 3,
                 *       "starting.1.name": "Quentin Merlin",
                 *       "starting.1.position": "DF",
                 *       "starting.2.number": 5,
                 *       "starting.2.name": "Leonardo Balerdi",
                 *       "starting.2.position": "DF",
                 *       "starting.3.number": 99,
                 *       "starting.3.name": "Chancel Mbemba",
                 *       "starting.3.position": "DF",
                 *       "starting.4.number": 7,
                 *       "starting.4.name": "Jonathan Clauss",
                 *       "starting.4.position": "DF",
                 *       "starting.5.number": 8,
                 *       "starting.5.name": "Azzedine Ounahi",
                 *       "starting.5.position": "MF",
                 *       "starting.6.number": 27,
                 *       "starting.6.name": "Jordan Veretout",
                 *       "starting.6.position": "MF",
                 *       "starting.6.captain": true,
                 *       "starting.7.number": 19,
                 *       "starting.7.name": "Geoffrey Kondogbia",
                 *       "starting.7.position": "MF",
                 *       "starting.8.number": 29,
                 *       "starting.8.name": "Iliman Ndiaye",
                 *       "starting.8.position": "FW",
                 *       "starting.9.number": 10,
                 *       "starting.9.name": "Pierre-Emerick Aubameyang",
                 *       "starting.9.position": "FW",
                 *       "starting.10.number": 23,
                 *       "starting.10.name": "Ismaïla Sarr",
                 *       "starting.10.position": "FW"
                 *     }
                 */
                starting?: components["parameters"]["lineup.starting"];
                /**
                 * @description The items of the list `substitutes`, one query parameter per field: `substitutes.{n}.number`, `substitutes.{n}.name`, `substitutes.{n}.position`, with {n} = 0, 1, 2… without gaps (at most 12 items). Each item needs `substitutes.{n}.number`, `substitutes.{n}.name`.
                 * @example {
                 *       "substitutes.0.number": 36,
                 *       "substitutes.0.name": "Rubén Blanco",
                 *       "substitutes.0.position": "GK",
                 *       "substitutes.1.number": 4,
                 *       "substitutes.1.name": "Samuel Gigot",
                 *       "substitutes.1.position": "DF",
                 *       "substitutes.2.number": 62,
                 *       "substitutes.2.name": "Michael Murillo",
                 *       "substitutes.2.position": "DF",
                 *       "substitutes.3.number": 6,
                 *       "substitutes.3.name": "Ulisses Garcia",
                 *       "substitutes.3.position": "DF",
                 *       "substitutes.4.number": 11,
                 *       "substitutes.4.name": "Amine Harit",
                 *       "substitutes.4.position": "MF",
                 *       "substitutes.5.number": 18,
                 *       "substitutes.5.name": "Bamo Meïté",
                 *       "substitutes.5.position": "DF",
                 *       "substitutes.6.number": 9,
                 *       "substitutes.6.name": "Faris Moumbagna",
                 *       "substitutes.6.position": "FW",
                 *       "substitutes.7.number": 21,
                 *       "substitutes.7.name": "Valentin Rongier",
                 *       "substitutes.7.position": "MF",
                 *       "substitutes.8.number": 22,
                 *       "substitutes.8.name": "Pape Gueye",
                 *       "substitutes.8.position": "MF"
                 *     }
                 */
                substitutes?: components["parameters"]["lineup.substitutes"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card described without rendering it: alt text, pixel size, ETag and its GET URLs (signed when the service signs and the caller is authenticated) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardDescription"];
                };
            };
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            503: components["responses"]["Error503"];
        };
    };
    postLineupJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "team": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "formation": "4-3-3",
                 *       "starting": [
                 *         {
                 *           "number": 16,
                 *           "name": "Pau López",
                 *           "position": "GK"
                 *         },
                 *         {
                 *           "number": 3,
                 *           "name": "Quentin Merlin",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 5,
                 *           "name": "Leonardo Balerdi",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 99,
                 *           "name": "Chancel Mbemba",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 7,
                 *           "name": "Jonathan Clauss",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 8,
                 *           "name": "Azzedine Ounahi",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 27,
                 *           "name": "Jordan Veretout",
                 *           "position": "MF",
                 *           "captain": true
                 *         },
                 *         {
                 *           "number": 19,
                 *           "name": "Geoffrey Kondogbia",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 29,
                 *           "name": "Iliman Ndiaye",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 10,
                 *           "name": "Pierre-Emerick Aubameyang",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 23,
                 *           "name": "Ismaïla Sarr",
                 *           "position": "FW"
                 *         }
                 *       ],
                 *       "substitutes": [
                 *         {
                 *           "number": 36,
                 *           "name": "Rubén Blanco",
                 *           "position": "GK"
                 *         },
                 *         {
                 *           "number": 4,
                 *           "name": "Samuel Gigot",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 62,
                 *           "name": "Michael Murillo",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 6,
                 *           "name": "Ulisses Garcia",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 11,
                 *           "name": "Amine Harit",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 18,
                 *           "name": "Bamo Meïté",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 9,
                 *           "name": "Faris Moumbagna",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 21,
                 *           "name": "Valentin Rongier",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 22,
                 *           "name": "Pape Gueye",
                 *           "position": "MF"
                 *         }
                 *       ],
                 *       "coach": "Jean-Louis Gasset",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["LineupPayload"];
            };
        };
        responses: {
            /** @description The card described without rendering it: alt text, pixel size, ETag and its GET URLs (signed when the service signs and the caller is authenticated) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardDescription"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    getLineupHtml: {
        parameters: {
            query: {
                /**
                 * @description Team name
                 * @example Olympique de Marseille
                 */
                "team.name": components["parameters"]["lineup.team.name"];
                /**
                 * @description Abbreviation such as OM or PSG, for tight places and the monogram
                 * @example OM
                 */
                "team.shortName"?: components["parameters"]["lineup.team.shortName"];
                /**
                 * @description Team colour
                 * @example #2faee0
                 */
                "team.color"?: components["parameters"]["lineup.team.color"];
                /** @description Crest image; a monogram shield on the team colour is drawn without it */
                "team.crest"?: components["parameters"]["lineup.team.crest"];
                /**
                 * @description Outfield lines from defence to attack: 4-3-3, 3-5-2, 4-2-3-1, 4-4-2…
                 * @example 4-3-3
                 */
                formation: components["parameters"]["lineup.formation"];
                /**
                 * @description Head coach
                 * @example Jean-Louis Gasset
                 */
                coach?: components["parameters"]["lineup.coach"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["lineup.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["lineup.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["lineup.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["lineup.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["lineup.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["lineup.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["lineup.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["lineup.locale"];
                /**
                 * @description The items of the list `starting`, one query parameter per field: `starting.{n}.number`, `starting.{n}.name`, `starting.{n}.position`, `starting.{n}.captain`, `starting.{n}.grid`, with {n} = 0, 1, 2… without gaps (at most 11 items). Each item needs `starting.{n}.number`, `starting.{n}.name`.
                 * @example {
                 *       "starting.0.number": 16,
                 *       "starting.0.name": "Pau López",
                 *       "starting.0.position": "GK",
                 *       "starting.1.number": 3,
                 *       "starting.1.name": "Quentin Merlin",
                 *       "starting.1.position": "DF",
                 *       "starting.2.number": 5,
                 *       "starting.2.name": "Leonardo Balerdi",
                 *       "starting.2.position": "DF",
                 *       "starting.3.number": 99,
                 *       "starting.3.name": "Chancel Mbemba",
                 *       "starting.3.position": "DF",
                 *       "starting.4.number": 7,
                 *       "starting.4.name": "Jonathan Clauss",
                 *       "starting.4.position": "DF",
                 *       "starting.5.number": 8,
                 *       "starting.5.name": "Azzedine Ounahi",
                 *       "starting.5.position": "MF",
                 *       "starting.6.number": 27,
                 *       "starting.6.name": "Jordan Veretout",
                 *       "starting.6.position": "MF",
                 *       "starting.6.captain": true,
                 *       "starting.7.number": 19,
                 *       "starting.7.name": "Geoffrey Kondogbia",
                 *       "starting.7.position": "MF",
                 *       "starting.8.number": 29,
                 *       "starting.8.name": "Iliman Ndiaye",
                 *       "starting.8.position": "FW",
                 *       "starting.9.number": 10,
                 *       "starting.9.name": "Pierre-Emerick Aubameyang",
                 *       "starting.9.position": "FW",
                 *       "starting.10.number": 23,
                 *       "starting.10.name": "Ismaïla Sarr",
                 *       "starting.10.position": "FW"
                 *     }
                 */
                starting?: components["parameters"]["lineup.starting"];
                /**
                 * @description The items of the list `substitutes`, one query parameter per field: `substitutes.{n}.number`, `substitutes.{n}.name`, `substitutes.{n}.position`, with {n} = 0, 1, 2… without gaps (at most 12 items). Each item needs `substitutes.{n}.number`, `substitutes.{n}.name`.
                 * @example {
                 *       "substitutes.0.number": 36,
                 *       "substitutes.0.name": "Rubén Blanco",
                 *       "substitutes.0.position": "GK",
                 *       "substitutes.1.number": 4,
                 *       "substitutes.1.name": "Samuel Gigot",
                 *       "substitutes.1.position": "DF",
                 *       "substitutes.2.number": 62,
                 *       "substitutes.2.name": "Michael Murillo",
                 *       "substitutes.2.position": "DF",
                 *       "substitutes.3.number": 6,
                 *       "substitutes.3.name": "Ulisses Garcia",
                 *       "substitutes.3.position": "DF",
                 *       "substitutes.4.number": 11,
                 *       "substitutes.4.name": "Amine Harit",
                 *       "substitutes.4.position": "MF",
                 *       "substitutes.5.number": 18,
                 *       "substitutes.5.name": "Bamo Meïté",
                 *       "substitutes.5.position": "DF",
                 *       "substitutes.6.number": 9,
                 *       "substitutes.6.name": "Faris Moumbagna",
                 *       "substitutes.6.position": "FW",
                 *       "substitutes.7.number": 21,
                 *       "substitutes.7.name": "Valentin Rongier",
                 *       "substitutes.7.position": "MF",
                 *       "substitutes.8.number": 22,
                 *       "substitutes.8.name": "Pape Gueye",
                 *       "substitutes.8.position": "MF"
                 *     }
                 */
                substitutes?: components["parameters"]["lineup.substitutes"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The share page: an HTML page whose <head> carries og:image (the PNG URL), its width, height, type and alt text, og:title, og:description, the Twitter card tags and a canonical link; its body shows the card and its alt text */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            503: components["responses"]["Error503"];
        };
    };
    signLineupPng: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "team": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "formation": "4-3-3",
                 *       "starting": [
                 *         {
                 *           "number": 16,
                 *           "name": "Pau López",
                 *           "position": "GK"
                 *         },
                 *         {
                 *           "number": 3,
                 *           "name": "Quentin Merlin",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 5,
                 *           "name": "Leonardo Balerdi",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 99,
                 *           "name": "Chancel Mbemba",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 7,
                 *           "name": "Jonathan Clauss",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 8,
                 *           "name": "Azzedine Ounahi",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 27,
                 *           "name": "Jordan Veretout",
                 *           "position": "MF",
                 *           "captain": true
                 *         },
                 *         {
                 *           "number": 19,
                 *           "name": "Geoffrey Kondogbia",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 29,
                 *           "name": "Iliman Ndiaye",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 10,
                 *           "name": "Pierre-Emerick Aubameyang",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 23,
                 *           "name": "Ismaïla Sarr",
                 *           "position": "FW"
                 *         }
                 *       ],
                 *       "substitutes": [
                 *         {
                 *           "number": 36,
                 *           "name": "Rubén Blanco",
                 *           "position": "GK"
                 *         },
                 *         {
                 *           "number": 4,
                 *           "name": "Samuel Gigot",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 62,
                 *           "name": "Michael Murillo",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 6,
                 *           "name": "Ulisses Garcia",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 11,
                 *           "name": "Amine Harit",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 18,
                 *           "name": "Bamo Meïté",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 9,
                 *           "name": "Faris Moumbagna",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 21,
                 *           "name": "Valentin Rongier",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 22,
                 *           "name": "Pape Gueye",
                 *           "position": "MF"
                 *         }
                 *       ],
                 *       "coach": "Jean-Louis Gasset",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["LineupPayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    signLineupSvg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "team": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "formation": "4-3-3",
                 *       "starting": [
                 *         {
                 *           "number": 16,
                 *           "name": "Pau López",
                 *           "position": "GK"
                 *         },
                 *         {
                 *           "number": 3,
                 *           "name": "Quentin Merlin",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 5,
                 *           "name": "Leonardo Balerdi",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 99,
                 *           "name": "Chancel Mbemba",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 7,
                 *           "name": "Jonathan Clauss",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 8,
                 *           "name": "Azzedine Ounahi",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 27,
                 *           "name": "Jordan Veretout",
                 *           "position": "MF",
                 *           "captain": true
                 *         },
                 *         {
                 *           "number": 19,
                 *           "name": "Geoffrey Kondogbia",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 29,
                 *           "name": "Iliman Ndiaye",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 10,
                 *           "name": "Pierre-Emerick Aubameyang",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 23,
                 *           "name": "Ismaïla Sarr",
                 *           "position": "FW"
                 *         }
                 *       ],
                 *       "substitutes": [
                 *         {
                 *           "number": 36,
                 *           "name": "Rubén Blanco",
                 *           "position": "GK"
                 *         },
                 *         {
                 *           "number": 4,
                 *           "name": "Samuel Gigot",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 62,
                 *           "name": "Michael Murillo",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 6,
                 *           "name": "Ulisses Garcia",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 11,
                 *           "name": "Amine Harit",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 18,
                 *           "name": "Bamo Meïté",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 9,
                 *           "name": "Faris Moumbagna",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 21,
                 *           "name": "Valentin Rongier",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 22,
                 *           "name": "Pape Gueye",
                 *           "position": "MF"
                 *         }
                 *       ],
                 *       "coach": "Jean-Louis Gasset",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["LineupPayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    signLineupHtml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "team": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "formation": "4-3-3",
                 *       "starting": [
                 *         {
                 *           "number": 16,
                 *           "name": "Pau López",
                 *           "position": "GK"
                 *         },
                 *         {
                 *           "number": 3,
                 *           "name": "Quentin Merlin",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 5,
                 *           "name": "Leonardo Balerdi",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 99,
                 *           "name": "Chancel Mbemba",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 7,
                 *           "name": "Jonathan Clauss",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 8,
                 *           "name": "Azzedine Ounahi",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 27,
                 *           "name": "Jordan Veretout",
                 *           "position": "MF",
                 *           "captain": true
                 *         },
                 *         {
                 *           "number": 19,
                 *           "name": "Geoffrey Kondogbia",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 29,
                 *           "name": "Iliman Ndiaye",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 10,
                 *           "name": "Pierre-Emerick Aubameyang",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 23,
                 *           "name": "Ismaïla Sarr",
                 *           "position": "FW"
                 *         }
                 *       ],
                 *       "substitutes": [
                 *         {
                 *           "number": 36,
                 *           "name": "Rubén Blanco",
                 *           "position": "GK"
                 *         },
                 *         {
                 *           "number": 4,
                 *           "name": "Samuel Gigot",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 62,
                 *           "name": "Michael Murillo",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 6,
                 *           "name": "Ulisses Garcia",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 11,
                 *           "name": "Amine Harit",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 18,
                 *           "name": "Bamo Meïté",
                 *           "position": "DF"
                 *         },
                 *         {
                 *           "number": 9,
                 *           "name": "Faris Moumbagna",
                 *           "position": "FW"
                 *         },
                 *         {
                 *           "number": 21,
                 *           "name": "Valentin Rongier",
                 *           "position": "MF"
                 *         },
                 *         {
                 *           "number": 22,
                 *           "name": "Pape Gueye",
                 *           "position": "MF"
                 *         }
                 *       ],
                 *       "coach": "Jean-Louis Gasset",
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["LineupPayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    getPlayerPng: {
        parameters: {
            query: {
                /**
                 * @description Player name
                 * @example Chancel Mbemba
                 */
                name: components["parameters"]["player.name"];
                /**
                 * @description Shirt number
                 * @example 99
                 */
                number?: components["parameters"]["player.number"];
                /**
                 * @description Team name
                 * @example Olympique de Marseille
                 */
                "team.name": components["parameters"]["player.team.name"];
                /**
                 * @description Abbreviation such as OM or PSG, for tight places and the monogram
                 * @example OM
                 */
                "team.shortName"?: components["parameters"]["player.team.shortName"];
                /**
                 * @description Team colour
                 * @example #2faee0
                 */
                "team.color"?: components["parameters"]["player.team.color"];
                /** @description Crest image; a monogram shield on the team colour is drawn without it */
                "team.crest"?: components["parameters"]["player.team.crest"];
                /**
                 * @description player-of-the-match, goal or new-signing (printed in the card’s language), or any text
                 * @example player-of-the-match
                 */
                headline: components["parameters"]["player.headline"];
                /** @description Match minute, e.g. of the goal */
                minute?: components["parameters"]["player.minute"];
                /** @description Photo; the shirt number on the team colour is drawn without it */
                photo?: components["parameters"]["player.photo"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["player.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["player.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["player.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["player.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["player.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["player.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["player.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["player.locale"];
                /**
                 * @description The items of the list `stats`, one query parameter per field: `stats.{n}.label`, `stats.{n}.value`, with {n} = 0, 1, 2… without gaps (at most 6 items). Each item needs `stats.{n}.label`, `stats.{n}.value`.
                 * @example {
                 *       "stats.0.label": "Buts",
                 *       "stats.0.value": 1,
                 *       "stats.1.label": "Duels gagnés",
                 *       "stats.1.value": 9,
                 *       "stats.2.label": "Passes réussies",
                 *       "stats.2.value": 54,
                 *       "stats.3.label": "Interceptions",
                 *       "stats.3.value": 4,
                 *       "stats.4.label": "Dégagements",
                 *       "stats.4.value": 7,
                 *       "stats.5.label": "Note",
                 *       "stats.5.value": 8.4
                 *     }
                 */
                stats?: components["parameters"]["player.stats"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card as PNG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    postPlayerPng: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Chancel Mbemba",
                 *       "number": 99,
                 *       "team": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "headline": "player-of-the-match",
                 *       "stats": [
                 *         {
                 *           "label": "Buts",
                 *           "value": 1
                 *         },
                 *         {
                 *           "label": "Duels gagnés",
                 *           "value": 9
                 *         },
                 *         {
                 *           "label": "Passes réussies",
                 *           "value": 54
                 *         },
                 *         {
                 *           "label": "Interceptions",
                 *           "value": 4
                 *         },
                 *         {
                 *           "label": "Dégagements",
                 *           "value": 7
                 *         },
                 *         {
                 *           "label": "Note",
                 *           "value": 8.4
                 *         }
                 *       ],
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["PlayerPayload"];
            };
        };
        responses: {
            /** @description The card as PNG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    getPlayerSvg: {
        parameters: {
            query: {
                /**
                 * @description Player name
                 * @example Chancel Mbemba
                 */
                name: components["parameters"]["player.name"];
                /**
                 * @description Shirt number
                 * @example 99
                 */
                number?: components["parameters"]["player.number"];
                /**
                 * @description Team name
                 * @example Olympique de Marseille
                 */
                "team.name": components["parameters"]["player.team.name"];
                /**
                 * @description Abbreviation such as OM or PSG, for tight places and the monogram
                 * @example OM
                 */
                "team.shortName"?: components["parameters"]["player.team.shortName"];
                /**
                 * @description Team colour
                 * @example #2faee0
                 */
                "team.color"?: components["parameters"]["player.team.color"];
                /** @description Crest image; a monogram shield on the team colour is drawn without it */
                "team.crest"?: components["parameters"]["player.team.crest"];
                /**
                 * @description player-of-the-match, goal or new-signing (printed in the card’s language), or any text
                 * @example player-of-the-match
                 */
                headline: components["parameters"]["player.headline"];
                /** @description Match minute, e.g. of the goal */
                minute?: components["parameters"]["player.minute"];
                /** @description Photo; the shirt number on the team colour is drawn without it */
                photo?: components["parameters"]["player.photo"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["player.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["player.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["player.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["player.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["player.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["player.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["player.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["player.locale"];
                /**
                 * @description The items of the list `stats`, one query parameter per field: `stats.{n}.label`, `stats.{n}.value`, with {n} = 0, 1, 2… without gaps (at most 6 items). Each item needs `stats.{n}.label`, `stats.{n}.value`.
                 * @example {
                 *       "stats.0.label": "Buts",
                 *       "stats.0.value": 1,
                 *       "stats.1.label": "Duels gagnés",
                 *       "stats.1.value": 9,
                 *       "stats.2.label": "Passes réussies",
                 *       "stats.2.value": 54,
                 *       "stats.3.label": "Interceptions",
                 *       "stats.3.value": 4,
                 *       "stats.4.label": "Dégagements",
                 *       "stats.4.value": 7,
                 *       "stats.5.label": "Note",
                 *       "stats.5.value": 8.4
                 *     }
                 */
                stats?: components["parameters"]["player.stats"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card as SVG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    postPlayerSvg: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Chancel Mbemba",
                 *       "number": 99,
                 *       "team": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "headline": "player-of-the-match",
                 *       "stats": [
                 *         {
                 *           "label": "Buts",
                 *           "value": 1
                 *         },
                 *         {
                 *           "label": "Duels gagnés",
                 *           "value": 9
                 *         },
                 *         {
                 *           "label": "Passes réussies",
                 *           "value": 54
                 *         },
                 *         {
                 *           "label": "Interceptions",
                 *           "value": 4
                 *         },
                 *         {
                 *           "label": "Dégagements",
                 *           "value": 7
                 *         },
                 *         {
                 *           "label": "Note",
                 *           "value": 8.4
                 *         }
                 *       ],
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["PlayerPayload"];
            };
        };
        responses: {
            /** @description The card as SVG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    getPlayerJson: {
        parameters: {
            query: {
                /**
                 * @description Player name
                 * @example Chancel Mbemba
                 */
                name: components["parameters"]["player.name"];
                /**
                 * @description Shirt number
                 * @example 99
                 */
                number?: components["parameters"]["player.number"];
                /**
                 * @description Team name
                 * @example Olympique de Marseille
                 */
                "team.name": components["parameters"]["player.team.name"];
                /**
                 * @description Abbreviation such as OM or PSG, for tight places and the monogram
                 * @example OM
                 */
                "team.shortName"?: components["parameters"]["player.team.shortName"];
                /**
                 * @description Team colour
                 * @example #2faee0
                 */
                "team.color"?: components["parameters"]["player.team.color"];
                /** @description Crest image; a monogram shield on the team colour is drawn without it */
                "team.crest"?: components["parameters"]["player.team.crest"];
                /**
                 * @description player-of-the-match, goal or new-signing (printed in the card’s language), or any text
                 * @example player-of-the-match
                 */
                headline: components["parameters"]["player.headline"];
                /** @description Match minute, e.g. of the goal */
                minute?: components["parameters"]["player.minute"];
                /** @description Photo; the shirt number on the team colour is drawn without it */
                photo?: components["parameters"]["player.photo"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["player.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["player.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["player.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["player.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["player.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["player.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["player.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["player.locale"];
                /**
                 * @description The items of the list `stats`, one query parameter per field: `stats.{n}.label`, `stats.{n}.value`, with {n} = 0, 1, 2… without gaps (at most 6 items). Each item needs `stats.{n}.label`, `stats.{n}.value`.
                 * @example {
                 *       "stats.0.label": "Buts",
                 *       "stats.0.value": 1,
                 *       "stats.1.label": "Duels gagnés",
                 *       "stats.1.value": 9,
                 *       "stats.2.label": "Passes réussies",
                 *       "stats.2.value": 54,
                 *       "stats.3.label": "Interceptions",
                 *       "stats.3.value": 4,
                 *       "stats.4.label": "Dégagements",
                 *       "stats.4.value": 7,
                 *       "stats.5.label": "Note",
                 *       "stats.5.value": 8.4
                 *     }
                 */
                stats?: components["parameters"]["player.stats"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card described without rendering it: alt text, pixel size, ETag and its GET URLs (signed when the service signs and the caller is authenticated) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardDescription"];
                };
            };
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            503: components["responses"]["Error503"];
        };
    };
    postPlayerJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Chancel Mbemba",
                 *       "number": 99,
                 *       "team": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "headline": "player-of-the-match",
                 *       "stats": [
                 *         {
                 *           "label": "Buts",
                 *           "value": 1
                 *         },
                 *         {
                 *           "label": "Duels gagnés",
                 *           "value": 9
                 *         },
                 *         {
                 *           "label": "Passes réussies",
                 *           "value": 54
                 *         },
                 *         {
                 *           "label": "Interceptions",
                 *           "value": 4
                 *         },
                 *         {
                 *           "label": "Dégagements",
                 *           "value": 7
                 *         },
                 *         {
                 *           "label": "Note",
                 *           "value": 8.4
                 *         }
                 *       ],
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["PlayerPayload"];
            };
        };
        responses: {
            /** @description The card described without rendering it: alt text, pixel size, ETag and its GET URLs (signed when the service signs and the caller is authenticated) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardDescription"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    getPlayerHtml: {
        parameters: {
            query: {
                /**
                 * @description Player name
                 * @example Chancel Mbemba
                 */
                name: components["parameters"]["player.name"];
                /**
                 * @description Shirt number
                 * @example 99
                 */
                number?: components["parameters"]["player.number"];
                /**
                 * @description Team name
                 * @example Olympique de Marseille
                 */
                "team.name": components["parameters"]["player.team.name"];
                /**
                 * @description Abbreviation such as OM or PSG, for tight places and the monogram
                 * @example OM
                 */
                "team.shortName"?: components["parameters"]["player.team.shortName"];
                /**
                 * @description Team colour
                 * @example #2faee0
                 */
                "team.color"?: components["parameters"]["player.team.color"];
                /** @description Crest image; a monogram shield on the team colour is drawn without it */
                "team.crest"?: components["parameters"]["player.team.crest"];
                /**
                 * @description player-of-the-match, goal or new-signing (printed in the card’s language), or any text
                 * @example player-of-the-match
                 */
                headline: components["parameters"]["player.headline"];
                /** @description Match minute, e.g. of the goal */
                minute?: components["parameters"]["player.minute"];
                /** @description Photo; the shirt number on the team colour is drawn without it */
                photo?: components["parameters"]["player.photo"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["player.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["player.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["player.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["player.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["player.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["player.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["player.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["player.locale"];
                /**
                 * @description The items of the list `stats`, one query parameter per field: `stats.{n}.label`, `stats.{n}.value`, with {n} = 0, 1, 2… without gaps (at most 6 items). Each item needs `stats.{n}.label`, `stats.{n}.value`.
                 * @example {
                 *       "stats.0.label": "Buts",
                 *       "stats.0.value": 1,
                 *       "stats.1.label": "Duels gagnés",
                 *       "stats.1.value": 9,
                 *       "stats.2.label": "Passes réussies",
                 *       "stats.2.value": 54,
                 *       "stats.3.label": "Interceptions",
                 *       "stats.3.value": 4,
                 *       "stats.4.label": "Dégagements",
                 *       "stats.4.value": 7,
                 *       "stats.5.label": "Note",
                 *       "stats.5.value": 8.4
                 *     }
                 */
                stats?: components["parameters"]["player.stats"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The share page: an HTML page whose <head> carries og:image (the PNG URL), its width, height, type and alt text, og:title, og:description, the Twitter card tags and a canonical link; its body shows the card and its alt text */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            503: components["responses"]["Error503"];
        };
    };
    signPlayerPng: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Chancel Mbemba",
                 *       "number": 99,
                 *       "team": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "headline": "player-of-the-match",
                 *       "stats": [
                 *         {
                 *           "label": "Buts",
                 *           "value": 1
                 *         },
                 *         {
                 *           "label": "Duels gagnés",
                 *           "value": 9
                 *         },
                 *         {
                 *           "label": "Passes réussies",
                 *           "value": 54
                 *         },
                 *         {
                 *           "label": "Interceptions",
                 *           "value": 4
                 *         },
                 *         {
                 *           "label": "Dégagements",
                 *           "value": 7
                 *         },
                 *         {
                 *           "label": "Note",
                 *           "value": 8.4
                 *         }
                 *       ],
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["PlayerPayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    signPlayerSvg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Chancel Mbemba",
                 *       "number": 99,
                 *       "team": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "headline": "player-of-the-match",
                 *       "stats": [
                 *         {
                 *           "label": "Buts",
                 *           "value": 1
                 *         },
                 *         {
                 *           "label": "Duels gagnés",
                 *           "value": 9
                 *         },
                 *         {
                 *           "label": "Passes réussies",
                 *           "value": 54
                 *         },
                 *         {
                 *           "label": "Interceptions",
                 *           "value": 4
                 *         },
                 *         {
                 *           "label": "Dégagements",
                 *           "value": 7
                 *         },
                 *         {
                 *           "label": "Note",
                 *           "value": 8.4
                 *         }
                 *       ],
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["PlayerPayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    signPlayerHtml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Chancel Mbemba",
                 *       "number": 99,
                 *       "team": {
                 *         "name": "Olympique de Marseille",
                 *         "shortName": "OM",
                 *         "color": "#2faee0"
                 *       },
                 *       "headline": "player-of-the-match",
                 *       "stats": [
                 *         {
                 *           "label": "Buts",
                 *           "value": 1
                 *         },
                 *         {
                 *           "label": "Duels gagnés",
                 *           "value": 9
                 *         },
                 *         {
                 *           "label": "Passes réussies",
                 *           "value": 54
                 *         },
                 *         {
                 *           "label": "Interceptions",
                 *           "value": 4
                 *         },
                 *         {
                 *           "label": "Dégagements",
                 *           "value": 7
                 *         },
                 *         {
                 *           "label": "Note",
                 *           "value": 8.4
                 *         }
                 *       ],
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["PlayerPayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    getStandingsPng: {
        parameters: {
            query?: {
                /** @example Ligue 1 */
                competition?: components["parameters"]["standings.competition"];
                /**
                 * @description Matchday number, printed "Matchday 34"
                 * @example 34
                 */
                matchday?: components["parameters"]["standings.matchday"];
                /** @description First rank */
                "window.from"?: components["parameters"]["standings.window.from"];
                /** @description Last rank */
                "window.to"?: components["parameters"]["standings.window.to"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["standings.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["standings.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["standings.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["standings.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["standings.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["standings.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["standings.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["standings.locale"];
                /**
                 * @description The items of the list `rows`, one query parameter per field: `rows.{n}.rank`, `rows.{n}.team.name`, `rows.{n}.team.shortName`, `rows.{n}.team.color`, `rows.{n}.team.crest`, `rows.{n}.played`, `rows.{n}.won`, `rows.{n}.drawn`, `rows.{n}.lost`, `rows.{n}.goalsFor`, `rows.{n}.goalsAgainst`, `rows.{n}.points`, `rows.{n}.form`, `rows.{n}.highlight`, with {n} = 0, 1, 2… without gaps (at most 20 items). Each item needs `rows.{n}.rank`, `rows.{n}.team.name`, `rows.{n}.played`, `rows.{n}.won`, `rows.{n}.drawn`, `rows.{n}.lost`, `rows.{n}.goalsFor`, `rows.{n}.goalsAgainst`, `rows.{n}.points`.
                 * @example {
                 *       "rows.0.rank": 1,
                 *       "rows.0.team.name": "Paris SG",
                 *       "rows.0.team.shortName": "PSG",
                 *       "rows.0.team.color": "#004170",
                 *       "rows.0.played": 34,
                 *       "rows.0.won": 22,
                 *       "rows.0.drawn": 10,
                 *       "rows.0.lost": 2,
                 *       "rows.0.goalsFor": 81,
                 *       "rows.0.goalsAgainst": 33,
                 *       "rows.0.points": 76,
                 *       "rows.0.form": "WDLWD",
                 *       "rows.1.rank": 2,
                 *       "rows.1.team.name": "Monaco",
                 *       "rows.1.team.shortName": "ASM",
                 *       "rows.1.team.color": "#e30613",
                 *       "rows.1.played": 34,
                 *       "rows.1.won": 20,
                 *       "rows.1.drawn": 7,
                 *       "rows.1.lost": 7,
                 *       "rows.1.goalsFor": 68,
                 *       "rows.1.goalsAgainst": 42,
                 *       "rows.1.points": 67,
                 *       "rows.1.form": "WWWLW",
                 *       "rows.2.rank": 3,
                 *       "rows.2.team.name": "Brest",
                 *       "rows.2.team.shortName": "SB29",
                 *       "rows.2.team.color": "#e2001a",
                 *       "rows.2.played": 34,
                 *       "rows.2.won": 17,
                 *       "rows.2.drawn": 10,
                 *       "rows.2.lost": 7,
                 *       "rows.2.goalsFor": 53,
                 *       "rows.2.goalsAgainst": 34,
                 *       "rows.2.points": 61,
                 *       "rows.2.form": "DWLWD",
                 *       "rows.3.rank": 4,
                 *       "rows.3.team.name": "Lille",
                 *       "rows.3.team.shortName": "LOSC",
                 *       "rows.3.team.color": "#c8102e",
                 *       "rows.3.played": 34,
                 *       "rows.3.won": 16,
                 *       "rows.3.drawn": 11,
                 *       "rows.3.lost": 7,
                 *       "rows.3.goalsFor": 52,
                 *       "rows.3.goalsAgainst": 34,
                 *       "rows.3.points": 59,
                 *       "rows.3.form": "WDWWD",
                 *       "rows.4.rank": 5,
                 *       "rows.4.team.name": "Nice",
                 *       "rows.4.team.shortName": "OGCN",
                 *       "rows.4.team.color": "#111111",
                 *       "rows.4.played": 34,
                 *       "rows.4.won": 15,
                 *       "rows.4.drawn": 10,
                 *       "rows.4.lost": 9,
                 *       "rows.4.goalsFor": 40,
                 *       "rows.4.goalsAgainst": 29,
                 *       "rows.4.points": 55,
                 *       "rows.4.form": "LWWWL",
                 *       "rows.5.rank": 6,
                 *       "rows.5.team.name": "Lyon",
                 *       "rows.5.team.shortName": "OL",
                 *       "rows.5.team.color": "#1d3f8f",
                 *       "rows.5.played": 34,
                 *       "rows.5.won": 16,
                 *       "rows.5.drawn": 5,
                 *       "rows.5.lost": 13,
                 *       "rows.5.goalsFor": 49,
                 *       "rows.5.goalsAgainst": 55,
                 *       "rows.5.points": 53,
                 *       "rows.5.form": "WWWLW",
                 *       "rows.6.rank": 7,
                 *       "rows.6.team.name": "Lens",
                 *       "rows.6.team.shortName": "RCL",
                 *       "rows.6.team.color": "#f5c400",
                 *       "rows.6.played": 34,
                 *       "rows.6.won": 14,
                 *       "rows.6.drawn": 9,
                 *       "rows.6.lost": 11,
                 *       "rows.6.goalsFor": 45,
                 *       "rows.6.goalsAgainst": 37,
                 *       "rows.6.points": 51,
                 *       "rows.6.form": "LLWWD",
                 *       "rows.7.rank": 8,
                 *       "rows.7.team.name": "Marseille",
                 *       "rows.7.team.shortName": "OM",
                 *       "rows.7.team.color": "#2faee0",
                 *       "rows.7.played": 34,
                 *       "rows.7.won": 13,
                 *       "rows.7.drawn": 11,
                 *       "rows.7.lost": 10,
                 *       "rows.7.goalsFor": 52,
                 *       "rows.7.goalsAgainst": 41,
                 *       "rows.7.points": 50,
                 *       "rows.7.form": "WLDWL",
                 *       "rows.7.highlight": true,
                 *       "rows.8.rank": 9,
                 *       "rows.8.team.name": "Reims",
                 *       "rows.8.team.shortName": "SDR",
                 *       "rows.8.team.color": "#d0021b",
                 *       "rows.8.played": 34,
                 *       "rows.8.won": 13,
                 *       "rows.8.drawn": 8,
                 *       "rows.8.lost": 13,
                 *       "rows.8.goalsFor": 42,
                 *       "rows.8.goalsAgainst": 47,
                 *       "rows.8.points": 47,
                 *       "rows.8.form": "LDLWL",
                 *       "rows.9.rank": 10,
                 *       "rows.9.team.name": "Rennes",
                 *       "rows.9.team.shortName": "SRFC",
                 *       "rows.9.team.color": "#e10600",
                 *       "rows.9.played": 34,
                 *       "rows.9.won": 12,
                 *       "rows.9.drawn": 10,
                 *       "rows.9.lost": 12,
                 *       "rows.9.goalsFor": 53,
                 *       "rows.9.goalsAgainst": 46,
                 *       "rows.9.points": 46,
                 *       "rows.9.form": "DLWLD",
                 *       "rows.10.rank": 11,
                 *       "rows.10.team.name": "Toulouse",
                 *       "rows.10.team.shortName": "TFC",
                 *       "rows.10.team.color": "#5b2a86",
                 *       "rows.10.played": 34,
                 *       "rows.10.won": 11,
                 *       "rows.10.drawn": 11,
                 *       "rows.10.lost": 12,
                 *       "rows.10.goalsFor": 42,
                 *       "rows.10.goalsAgainst": 46,
                 *       "rows.10.points": 44,
                 *       "rows.10.form": "DDWLW",
                 *       "rows.11.rank": 12,
                 *       "rows.11.team.name": "Montpellier",
                 *       "rows.11.team.shortName": "MHSC",
                 *       "rows.11.team.color": "#f58220",
                 *       "rows.11.played": 34,
                 *       "rows.11.won": 10,
                 *       "rows.11.drawn": 11,
                 *       "rows.11.lost": 13,
                 *       "rows.11.goalsFor": 43,
                 *       "rows.11.goalsAgainst": 48,
                 *       "rows.11.points": 41,
                 *       "rows.11.form": "LWDDW",
                 *       "rows.12.rank": 13,
                 *       "rows.12.team.name": "Strasbourg",
                 *       "rows.12.team.shortName": "RCSA",
                 *       "rows.12.team.color": "#009fe3",
                 *       "rows.12.played": 34,
                 *       "rows.12.won": 10,
                 *       "rows.12.drawn": 9,
                 *       "rows.12.lost": 15,
                 *       "rows.12.goalsFor": 39,
                 *       "rows.12.goalsAgainst": 49,
                 *       "rows.12.points": 39,
                 *       "rows.12.form": "WLLDL",
                 *       "rows.13.rank": 14,
                 *       "rows.13.team.name": "Nantes",
                 *       "rows.13.team.shortName": "FCN",
                 *       "rows.13.team.color": "#fcd405",
                 *       "rows.13.played": 34,
                 *       "rows.13.won": 9,
                 *       "rows.13.drawn": 6,
                 *       "rows.13.lost": 19,
                 *       "rows.13.goalsFor": 30,
                 *       "rows.13.goalsAgainst": 55,
                 *       "rows.13.points": 33,
                 *       "rows.13.form": "WLWLL",
                 *       "rows.14.rank": 15,
                 *       "rows.14.team.name": "Le Havre",
                 *       "rows.14.team.shortName": "HAC",
                 *       "rows.14.team.color": "#5aa0d8",
                 *       "rows.14.played": 34,
                 *       "rows.14.won": 7,
                 *       "rows.14.drawn": 11,
                 *       "rows.14.lost": 16,
                 *       "rows.14.goalsFor": 34,
                 *       "rows.14.goalsAgainst": 45,
                 *       "rows.14.points": 32,
                 *       "rows.14.form": "DLDLD",
                 *       "rows.15.rank": 16,
                 *       "rows.15.team.name": "Metz",
                 *       "rows.15.team.shortName": "FCM",
                 *       "rows.15.team.color": "#7a0f2b",
                 *       "rows.15.played": 34,
                 *       "rows.15.won": 8,
                 *       "rows.15.drawn": 5,
                 *       "rows.15.lost": 21,
                 *       "rows.15.goalsFor": 35,
                 *       "rows.15.goalsAgainst": 58,
                 *       "rows.15.points": 29,
                 *       "rows.15.form": "WLLWL",
                 *       "rows.16.rank": 17,
                 *       "rows.16.team.name": "Lorient",
                 *       "rows.16.team.shortName": "FCL",
                 *       "rows.16.team.color": "#f37021",
                 *       "rows.16.played": 34,
                 *       "rows.16.won": 7,
                 *       "rows.16.drawn": 8,
                 *       "rows.16.lost": 19,
                 *       "rows.16.goalsFor": 43,
                 *       "rows.16.goalsAgainst": 66,
                 *       "rows.16.points": 29,
                 *       "rows.16.form": "LDLWL",
                 *       "rows.17.rank": 18,
                 *       "rows.17.team.name": "Clermont",
                 *       "rows.17.team.shortName": "CF63",
                 *       "rows.17.team.color": "#c1272d",
                 *       "rows.17.played": 34,
                 *       "rows.17.won": 5,
                 *       "rows.17.drawn": 10,
                 *       "rows.17.lost": 19,
                 *       "rows.17.goalsFor": 26,
                 *       "rows.17.goalsAgainst": 60,
                 *       "rows.17.points": 25,
                 *       "rows.17.form": "LDDLL"
                 *     }
                 */
                rows?: components["parameters"]["standings.rows"];
                /**
                 * @description The items of the list `zones`, one query parameter per field: `zones.{n}.from`, `zones.{n}.to`, `zones.{n}.label`, `zones.{n}.color`, with {n} = 0, 1, 2… without gaps (at most 6 items). Each item needs `zones.{n}.from`, `zones.{n}.to`, `zones.{n}.label`, `zones.{n}.color`.
                 * @example {
                 *       "zones.0.from": 1,
                 *       "zones.0.to": 3,
                 *       "zones.0.label": "Ligue des champions",
                 *       "zones.0.color": "#1d4ed8",
                 *       "zones.1.from": 4,
                 *       "zones.1.to": 4,
                 *       "zones.1.label": "Qualif. Ligue des champions",
                 *       "zones.1.color": "#0ea5e9",
                 *       "zones.2.from": 5,
                 *       "zones.2.to": 5,
                 *       "zones.2.label": "Ligue Europa",
                 *       "zones.2.color": "#f97316",
                 *       "zones.3.from": 6,
                 *       "zones.3.to": 6,
                 *       "zones.3.label": "Ligue Conférence",
                 *       "zones.3.color": "#16a34a",
                 *       "zones.4.from": 16,
                 *       "zones.4.to": 16,
                 *       "zones.4.label": "Barrage",
                 *       "zones.4.color": "#f59e0b",
                 *       "zones.5.from": 17,
                 *       "zones.5.to": 18,
                 *       "zones.5.label": "Relégation",
                 *       "zones.5.color": "#dc2626"
                 *     }
                 */
                zones?: components["parameters"]["standings.zones"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card as PNG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    postStandingsPng: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "competition": "Ligue 1",
                 *       "matchday": 34,
                 *       "rows": [
                 *         {
                 *           "rank": 1,
                 *           "team": {
                 *             "name": "Paris SG",
                 *             "shortName": "PSG",
                 *             "color": "#004170"
                 *           },
                 *           "played": 34,
                 *           "won": 22,
                 *           "drawn": 10,
                 *           "lost": 2,
                 *           "goalsFor": 81,
                 *           "goalsAgainst": 33,
                 *           "points": 76,
                 *           "form": "WDLWD"
                 *         },
                 *         {
                 *           "rank": 2,
                 *           "team": {
                 *             "name": "Monaco",
                 *             "shortName": "ASM",
                 *             "color": "#e30613"
                 *           },
                 *           "played": 34,
                 *           "won": 20,
                 *           "drawn": 7,
                 *           "lost": 7,
                 *           "goalsFor": 68,
                 *           "goalsAgainst": 42,
                 *           "points": 67,
                 *           "form": "WWWLW"
                 *         },
                 *         {
                 *           "rank": 3,
                 *           "team": {
                 *             "name": "Brest",
                 *             "shortName": "SB29",
                 *             "color": "#e2001a"
                 *           },
                 *           "played": 34,
                 *           "won": 17,
                 *           "drawn": 10,
                 *           "lost": 7,
                 *           "goalsFor": 53,
                 *           "goalsAgainst": 34,
                 *           "points": 61,
                 *           "form": "DWLWD"
                 *         },
                 *         {
                 *           "rank": 4,
                 *           "team": {
                 *             "name": "Lille",
                 *             "shortName": "LOSC",
                 *             "color": "#c8102e"
                 *           },
                 *           "played": 34,
                 *           "won": 16,
                 *           "drawn": 11,
                 *           "lost": 7,
                 *           "goalsFor": 52,
                 *           "goalsAgainst": 34,
                 *           "points": 59,
                 *           "form": "WDWWD"
                 *         },
                 *         {
                 *           "rank": 5,
                 *           "team": {
                 *             "name": "Nice",
                 *             "shortName": "OGCN",
                 *             "color": "#111111"
                 *           },
                 *           "played": 34,
                 *           "won": 15,
                 *           "drawn": 10,
                 *           "lost": 9,
                 *           "goalsFor": 40,
                 *           "goalsAgainst": 29,
                 *           "points": 55,
                 *           "form": "LWWWL"
                 *         },
                 *         {
                 *           "rank": 6,
                 *           "team": {
                 *             "name": "Lyon",
                 *             "shortName": "OL",
                 *             "color": "#1d3f8f"
                 *           },
                 *           "played": 34,
                 *           "won": 16,
                 *           "drawn": 5,
                 *           "lost": 13,
                 *           "goalsFor": 49,
                 *           "goalsAgainst": 55,
                 *           "points": 53,
                 *           "form": "WWWLW"
                 *         },
                 *         {
                 *           "rank": 7,
                 *           "team": {
                 *             "name": "Lens",
                 *             "shortName": "RCL",
                 *             "color": "#f5c400"
                 *           },
                 *           "played": 34,
                 *           "won": 14,
                 *           "drawn": 9,
                 *           "lost": 11,
                 *           "goalsFor": 45,
                 *           "goalsAgainst": 37,
                 *           "points": 51,
                 *           "form": "LLWWD"
                 *         },
                 *         {
                 *           "rank": 8,
                 *           "team": {
                 *             "name": "Marseille",
                 *             "shortName": "OM",
                 *             "color": "#2faee0"
                 *           },
                 *           "played": 34,
                 *           "won": 13,
                 *           "drawn": 11,
                 *           "lost": 10,
                 *           "goalsFor": 52,
                 *           "goalsAgainst": 41,
                 *           "points": 50,
                 *           "form": "WLDWL",
                 *           "highlight": true
                 *         },
                 *         {
                 *           "rank": 9,
                 *           "team": {
                 *             "name": "Reims",
                 *             "shortName": "SDR",
                 *             "color": "#d0021b"
                 *           },
                 *           "played": 34,
                 *           "won": 13,
                 *           "drawn": 8,
                 *           "lost": 13,
                 *           "goalsFor": 42,
                 *           "goalsAgainst": 47,
                 *           "points": 47,
                 *           "form": "LDLWL"
                 *         },
                 *         {
                 *           "rank": 10,
                 *           "team": {
                 *             "name": "Rennes",
                 *             "shortName": "SRFC",
                 *             "color": "#e10600"
                 *           },
                 *           "played": 34,
                 *           "won": 12,
                 *           "drawn": 10,
                 *           "lost": 12,
                 *           "goalsFor": 53,
                 *           "goalsAgainst": 46,
                 *           "points": 46,
                 *           "form": "DLWLD"
                 *         },
                 *         {
                 *           "rank": 11,
                 *           "team": {
                 *             "name": "Toulouse",
                 *             "shortName": "TFC",
                 *             "color": "#5b2a86"
                 *           },
                 *           "played": 34,
                 *           "won": 11,
                 *           "drawn": 11,
                 *           "lost": 12,
                 *           "goalsFor": 42,
                 *           "goalsAgainst": 46,
                 *           "points": 44,
                 *           "form": "DDWLW"
                 *         },
                 *         {
                 *           "rank": 12,
                 *           "team": {
                 *             "name": "Montpellier",
                 *             "shortName": "MHSC",
                 *             "color": "#f58220"
                 *           },
                 *           "played": 34,
                 *           "won": 10,
                 *           "drawn": 11,
                 *           "lost": 13,
                 *           "goalsFor": 43,
                 *           "goalsAgainst": 48,
                 *           "points": 41,
                 *           "form": "LWDDW"
                 *         },
                 *         {
                 *           "rank": 13,
                 *           "team": {
                 *             "name": "Strasbourg",
                 *             "shortName": "RCSA",
                 *             "color": "#009fe3"
                 *           },
                 *           "played": 34,
                 *           "won": 10,
                 *           "drawn": 9,
                 *           "lost": 15,
                 *           "goalsFor": 39,
                 *           "goalsAgainst": 49,
                 *           "points": 39,
                 *           "form": "WLLDL"
                 *         },
                 *         {
                 *           "rank": 14,
                 *           "team": {
                 *             "name": "Nantes",
                 *             "shortName": "FCN",
                 *             "color": "#fcd405"
                 *           },
                 *           "played": 34,
                 *           "won": 9,
                 *           "drawn": 6,
                 *           "lost": 19,
                 *           "goalsFor": 30,
                 *           "goalsAgainst": 55,
                 *           "points": 33,
                 *           "form": "WLWLL"
                 *         },
                 *         {
                 *           "rank": 15,
                 *           "team": {
                 *             "name": "Le Havre",
                 *             "shortName": "HAC",
                 *             "color": "#5aa0d8"
                 *           },
                 *           "played": 34,
                 *           "won": 7,
                 *           "drawn": 11,
                 *           "lost": 16,
                 *           "goalsFor": 34,
                 *           "goalsAgainst": 45,
                 *           "points": 32,
                 *           "form": "DLDLD"
                 *         },
                 *         {
                 *           "rank": 16,
                 *           "team": {
                 *             "name": "Metz",
                 *             "shortName": "FCM",
                 *             "color": "#7a0f2b"
                 *           },
                 *           "played": 34,
                 *           "won": 8,
                 *           "drawn": 5,
                 *           "lost": 21,
                 *           "goalsFor": 35,
                 *           "goalsAgainst": 58,
                 *           "points": 29,
                 *           "form": "WLLWL"
                 *         },
                 *         {
                 *           "rank": 17,
                 *           "team": {
                 *             "name": "Lorient",
                 *             "shortName": "FCL",
                 *             "color": "#f37021"
                 *           },
                 *           "played": 34,
                 *           "won": 7,
                 *           "drawn": 8,
                 *           "lost": 19,
                 *           "goalsFor": 43,
                 *           "goalsAgainst": 66,
                 *           "points": 29,
                 *           "form": "LDLWL"
                 *         },
                 *         {
                 *           "rank": 18,
                 *           "team": {
                 *             "name": "Clermont",
                 *             "shortName": "CF63",
                 *             "color": "#c1272d"
                 *           },
                 *           "played": 34,
                 *           "won": 5,
                 *           "drawn": 10,
                 *           "lost": 19,
                 *           "goalsFor": 26,
                 *           "goalsAgainst": 60,
                 *           "points": 25,
                 *           "form": "LDDLL"
                 *         }
                 *       ],
                 *       "zones": [
                 *         {
                 *           "from": 1,
                 *           "to": 3,
                 *           "label": "Ligue des champions",
                 *           "color": "#1d4ed8"
                 *         },
                 *         {
                 *           "from": 4,
                 *           "to": 4,
                 *           "label": "Qualif. Ligue des champions",
                 *           "color": "#0ea5e9"
                 *         },
                 *         {
                 *           "from": 5,
                 *           "to": 5,
                 *           "label": "Ligue Europa",
                 *           "color": "#f97316"
                 *         },
                 *         {
                 *           "from": 6,
                 *           "to": 6,
                 *           "label": "Ligue Conférence",
                 *           "color": "#16a34a"
                 *         },
                 *         {
                 *           "from": 16,
                 *           "to": 16,
                 *           "label": "Barrage",
                 *           "color": "#f59e0b"
                 *         },
                 *         {
                 *           "from": 17,
                 *           "to": 18,
                 *           "label": "Relégation",
                 *           "color": "#dc2626"
                 *         }
                 *       ],
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["StandingsPayload"];
            };
        };
        responses: {
            /** @description The card as PNG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    getStandingsSvg: {
        parameters: {
            query?: {
                /** @example Ligue 1 */
                competition?: components["parameters"]["standings.competition"];
                /**
                 * @description Matchday number, printed "Matchday 34"
                 * @example 34
                 */
                matchday?: components["parameters"]["standings.matchday"];
                /** @description First rank */
                "window.from"?: components["parameters"]["standings.window.from"];
                /** @description Last rank */
                "window.to"?: components["parameters"]["standings.window.to"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["standings.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["standings.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["standings.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["standings.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["standings.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["standings.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["standings.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["standings.locale"];
                /**
                 * @description The items of the list `rows`, one query parameter per field: `rows.{n}.rank`, `rows.{n}.team.name`, `rows.{n}.team.shortName`, `rows.{n}.team.color`, `rows.{n}.team.crest`, `rows.{n}.played`, `rows.{n}.won`, `rows.{n}.drawn`, `rows.{n}.lost`, `rows.{n}.goalsFor`, `rows.{n}.goalsAgainst`, `rows.{n}.points`, `rows.{n}.form`, `rows.{n}.highlight`, with {n} = 0, 1, 2… without gaps (at most 20 items). Each item needs `rows.{n}.rank`, `rows.{n}.team.name`, `rows.{n}.played`, `rows.{n}.won`, `rows.{n}.drawn`, `rows.{n}.lost`, `rows.{n}.goalsFor`, `rows.{n}.goalsAgainst`, `rows.{n}.points`.
                 * @example {
                 *       "rows.0.rank": 1,
                 *       "rows.0.team.name": "Paris SG",
                 *       "rows.0.team.shortName": "PSG",
                 *       "rows.0.team.color": "#004170",
                 *       "rows.0.played": 34,
                 *       "rows.0.won": 22,
                 *       "rows.0.drawn": 10,
                 *       "rows.0.lost": 2,
                 *       "rows.0.goalsFor": 81,
                 *       "rows.0.goalsAgainst": 33,
                 *       "rows.0.points": 76,
                 *       "rows.0.form": "WDLWD",
                 *       "rows.1.rank": 2,
                 *       "rows.1.team.name": "Monaco",
                 *       "rows.1.team.shortName": "ASM",
                 *       "rows.1.team.color": "#e30613",
                 *       "rows.1.played": 34,
                 *       "rows.1.won": 20,
                 *       "rows.1.drawn": 7,
                 *       "rows.1.lost": 7,
                 *       "rows.1.goalsFor": 68,
                 *       "rows.1.goalsAgainst": 42,
                 *       "rows.1.points": 67,
                 *       "rows.1.form": "WWWLW",
                 *       "rows.2.rank": 3,
                 *       "rows.2.team.name": "Brest",
                 *       "rows.2.team.shortName": "SB29",
                 *       "rows.2.team.color": "#e2001a",
                 *       "rows.2.played": 34,
                 *       "rows.2.won": 17,
                 *       "rows.2.drawn": 10,
                 *       "rows.2.lost": 7,
                 *       "rows.2.goalsFor": 53,
                 *       "rows.2.goalsAgainst": 34,
                 *       "rows.2.points": 61,
                 *       "rows.2.form": "DWLWD",
                 *       "rows.3.rank": 4,
                 *       "rows.3.team.name": "Lille",
                 *       "rows.3.team.shortName": "LOSC",
                 *       "rows.3.team.color": "#c8102e",
                 *       "rows.3.played": 34,
                 *       "rows.3.won": 16,
                 *       "rows.3.drawn": 11,
                 *       "rows.3.lost": 7,
                 *       "rows.3.goalsFor": 52,
                 *       "rows.3.goalsAgainst": 34,
                 *       "rows.3.points": 59,
                 *       "rows.3.form": "WDWWD",
                 *       "rows.4.rank": 5,
                 *       "rows.4.team.name": "Nice",
                 *       "rows.4.team.shortName": "OGCN",
                 *       "rows.4.team.color": "#111111",
                 *       "rows.4.played": 34,
                 *       "rows.4.won": 15,
                 *       "rows.4.drawn": 10,
                 *       "rows.4.lost": 9,
                 *       "rows.4.goalsFor": 40,
                 *       "rows.4.goalsAgainst": 29,
                 *       "rows.4.points": 55,
                 *       "rows.4.form": "LWWWL",
                 *       "rows.5.rank": 6,
                 *       "rows.5.team.name": "Lyon",
                 *       "rows.5.team.shortName": "OL",
                 *       "rows.5.team.color": "#1d3f8f",
                 *       "rows.5.played": 34,
                 *       "rows.5.won": 16,
                 *       "rows.5.drawn": 5,
                 *       "rows.5.lost": 13,
                 *       "rows.5.goalsFor": 49,
                 *       "rows.5.goalsAgainst": 55,
                 *       "rows.5.points": 53,
                 *       "rows.5.form": "WWWLW",
                 *       "rows.6.rank": 7,
                 *       "rows.6.team.name": "Lens",
                 *       "rows.6.team.shortName": "RCL",
                 *       "rows.6.team.color": "#f5c400",
                 *       "rows.6.played": 34,
                 *       "rows.6.won": 14,
                 *       "rows.6.drawn": 9,
                 *       "rows.6.lost": 11,
                 *       "rows.6.goalsFor": 45,
                 *       "rows.6.goalsAgainst": 37,
                 *       "rows.6.points": 51,
                 *       "rows.6.form": "LLWWD",
                 *       "rows.7.rank": 8,
                 *       "rows.7.team.name": "Marseille",
                 *       "rows.7.team.shortName": "OM",
                 *       "rows.7.team.color": "#2faee0",
                 *       "rows.7.played": 34,
                 *       "rows.7.won": 13,
                 *       "rows.7.drawn": 11,
                 *       "rows.7.lost": 10,
                 *       "rows.7.goalsFor": 52,
                 *       "rows.7.goalsAgainst": 41,
                 *       "rows.7.points": 50,
                 *       "rows.7.form": "WLDWL",
                 *       "rows.7.highlight": true,
                 *       "rows.8.rank": 9,
                 *       "rows.8.team.name": "Reims",
                 *       "rows.8.team.shortName": "SDR",
                 *       "rows.8.team.color": "#d0021b",
                 *       "rows.8.played": 34,
                 *       "rows.8.won": 13,
                 *       "rows.8.drawn": 8,
                 *       "rows.8.lost": 13,
                 *       "rows.8.goalsFor": 42,
                 *       "rows.8.goalsAgainst": 47,
                 *       "rows.8.points": 47,
                 *       "rows.8.form": "LDLWL",
                 *       "rows.9.rank": 10,
                 *       "rows.9.team.name": "Rennes",
                 *       "rows.9.team.shortName": "SRFC",
                 *       "rows.9.team.color": "#e10600",
                 *       "rows.9.played": 34,
                 *       "rows.9.won": 12,
                 *       "rows.9.drawn": 10,
                 *       "rows.9.lost": 12,
                 *       "rows.9.goalsFor": 53,
                 *       "rows.9.goalsAgainst": 46,
                 *       "rows.9.points": 46,
                 *       "rows.9.form": "DLWLD",
                 *       "rows.10.rank": 11,
                 *       "rows.10.team.name": "Toulouse",
                 *       "rows.10.team.shortName": "TFC",
                 *       "rows.10.team.color": "#5b2a86",
                 *       "rows.10.played": 34,
                 *       "rows.10.won": 11,
                 *       "rows.10.drawn": 11,
                 *       "rows.10.lost": 12,
                 *       "rows.10.goalsFor": 42,
                 *       "rows.10.goalsAgainst": 46,
                 *       "rows.10.points": 44,
                 *       "rows.10.form": "DDWLW",
                 *       "rows.11.rank": 12,
                 *       "rows.11.team.name": "Montpellier",
                 *       "rows.11.team.shortName": "MHSC",
                 *       "rows.11.team.color": "#f58220",
                 *       "rows.11.played": 34,
                 *       "rows.11.won": 10,
                 *       "rows.11.drawn": 11,
                 *       "rows.11.lost": 13,
                 *       "rows.11.goalsFor": 43,
                 *       "rows.11.goalsAgainst": 48,
                 *       "rows.11.points": 41,
                 *       "rows.11.form": "LWDDW",
                 *       "rows.12.rank": 13,
                 *       "rows.12.team.name": "Strasbourg",
                 *       "rows.12.team.shortName": "RCSA",
                 *       "rows.12.team.color": "#009fe3",
                 *       "rows.12.played": 34,
                 *       "rows.12.won": 10,
                 *       "rows.12.drawn": 9,
                 *       "rows.12.lost": 15,
                 *       "rows.12.goalsFor": 39,
                 *       "rows.12.goalsAgainst": 49,
                 *       "rows.12.points": 39,
                 *       "rows.12.form": "WLLDL",
                 *       "rows.13.rank": 14,
                 *       "rows.13.team.name": "Nantes",
                 *       "rows.13.team.shortName": "FCN",
                 *       "rows.13.team.color": "#fcd405",
                 *       "rows.13.played": 34,
                 *       "rows.13.won": 9,
                 *       "rows.13.drawn": 6,
                 *       "rows.13.lost": 19,
                 *       "rows.13.goalsFor": 30,
                 *       "rows.13.goalsAgainst": 55,
                 *       "rows.13.points": 33,
                 *       "rows.13.form": "WLWLL",
                 *       "rows.14.rank": 15,
                 *       "rows.14.team.name": "Le Havre",
                 *       "rows.14.team.shortName": "HAC",
                 *       "rows.14.team.color": "#5aa0d8",
                 *       "rows.14.played": 34,
                 *       "rows.14.won": 7,
                 *       "rows.14.drawn": 11,
                 *       "rows.14.lost": 16,
                 *       "rows.14.goalsFor": 34,
                 *       "rows.14.goalsAgainst": 45,
                 *       "rows.14.points": 32,
                 *       "rows.14.form": "DLDLD",
                 *       "rows.15.rank": 16,
                 *       "rows.15.team.name": "Metz",
                 *       "rows.15.team.shortName": "FCM",
                 *       "rows.15.team.color": "#7a0f2b",
                 *       "rows.15.played": 34,
                 *       "rows.15.won": 8,
                 *       "rows.15.drawn": 5,
                 *       "rows.15.lost": 21,
                 *       "rows.15.goalsFor": 35,
                 *       "rows.15.goalsAgainst": 58,
                 *       "rows.15.points": 29,
                 *       "rows.15.form": "WLLWL",
                 *       "rows.16.rank": 17,
                 *       "rows.16.team.name": "Lorient",
                 *       "rows.16.team.shortName": "FCL",
                 *       "rows.16.team.color": "#f37021",
                 *       "rows.16.played": 34,
                 *       "rows.16.won": 7,
                 *       "rows.16.drawn": 8,
                 *       "rows.16.lost": 19,
                 *       "rows.16.goalsFor": 43,
                 *       "rows.16.goalsAgainst": 66,
                 *       "rows.16.points": 29,
                 *       "rows.16.form": "LDLWL",
                 *       "rows.17.rank": 18,
                 *       "rows.17.team.name": "Clermont",
                 *       "rows.17.team.shortName": "CF63",
                 *       "rows.17.team.color": "#c1272d",
                 *       "rows.17.played": 34,
                 *       "rows.17.won": 5,
                 *       "rows.17.drawn": 10,
                 *       "rows.17.lost": 19,
                 *       "rows.17.goalsFor": 26,
                 *       "rows.17.goalsAgainst": 60,
                 *       "rows.17.points": 25,
                 *       "rows.17.form": "LDDLL"
                 *     }
                 */
                rows?: components["parameters"]["standings.rows"];
                /**
                 * @description The items of the list `zones`, one query parameter per field: `zones.{n}.from`, `zones.{n}.to`, `zones.{n}.label`, `zones.{n}.color`, with {n} = 0, 1, 2… without gaps (at most 6 items). Each item needs `zones.{n}.from`, `zones.{n}.to`, `zones.{n}.label`, `zones.{n}.color`.
                 * @example {
                 *       "zones.0.from": 1,
                 *       "zones.0.to": 3,
                 *       "zones.0.label": "Ligue des champions",
                 *       "zones.0.color": "#1d4ed8",
                 *       "zones.1.from": 4,
                 *       "zones.1.to": 4,
                 *       "zones.1.label": "Qualif. Ligue des champions",
                 *       "zones.1.color": "#0ea5e9",
                 *       "zones.2.from": 5,
                 *       "zones.2.to": 5,
                 *       "zones.2.label": "Ligue Europa",
                 *       "zones.2.color": "#f97316",
                 *       "zones.3.from": 6,
                 *       "zones.3.to": 6,
                 *       "zones.3.label": "Ligue Conférence",
                 *       "zones.3.color": "#16a34a",
                 *       "zones.4.from": 16,
                 *       "zones.4.to": 16,
                 *       "zones.4.label": "Barrage",
                 *       "zones.4.color": "#f59e0b",
                 *       "zones.5.from": 17,
                 *       "zones.5.to": 18,
                 *       "zones.5.label": "Relégation",
                 *       "zones.5.color": "#dc2626"
                 *     }
                 */
                zones?: components["parameters"]["standings.zones"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card as SVG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    postStandingsSvg: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "competition": "Ligue 1",
                 *       "matchday": 34,
                 *       "rows": [
                 *         {
                 *           "rank": 1,
                 *           "team": {
                 *             "name": "Paris SG",
                 *             "shortName": "PSG",
                 *             "color": "#004170"
                 *           },
                 *           "played": 34,
                 *           "won": 22,
                 *           "drawn": 10,
                 *           "lost": 2,
                 *           "goalsFor": 81,
                 *           "goalsAgainst": 33,
                 *           "points": 76,
                 *           "form": "WDLWD"
                 *         },
                 *         {
                 *           "rank": 2,
                 *           "team": {
                 *             "name": "Monaco",
                 *             "shortName": "ASM",
                 *             "color": "#e30613"
                 *           },
                 *           "played": 34,
                 *           "won": 20,
                 *           "drawn": 7,
                 *           "lost": 7,
                 *           "goalsFor": 68,
                 *           "goalsAgainst": 42,
                 *           "points": 67,
                 *           "form": "WWWLW"
                 *         },
                 *         {
                 *           "rank": 3,
                 *           "team": {
                 *             "name": "Brest",
                 *             "shortName": "SB29",
                 *             "color": "#e2001a"
                 *           },
                 *           "played": 34,
                 *           "won": 17,
                 *           "drawn": 10,
                 *           "lost": 7,
                 *           "goalsFor": 53,
                 *           "goalsAgainst": 34,
                 *           "points": 61,
                 *           "form": "DWLWD"
                 *         },
                 *         {
                 *           "rank": 4,
                 *           "team": {
                 *             "name": "Lille",
                 *             "shortName": "LOSC",
                 *             "color": "#c8102e"
                 *           },
                 *           "played": 34,
                 *           "won": 16,
                 *           "drawn": 11,
                 *           "lost": 7,
                 *           "goalsFor": 52,
                 *           "goalsAgainst": 34,
                 *           "points": 59,
                 *           "form": "WDWWD"
                 *         },
                 *         {
                 *           "rank": 5,
                 *           "team": {
                 *             "name": "Nice",
                 *             "shortName": "OGCN",
                 *             "color": "#111111"
                 *           },
                 *           "played": 34,
                 *           "won": 15,
                 *           "drawn": 10,
                 *           "lost": 9,
                 *           "goalsFor": 40,
                 *           "goalsAgainst": 29,
                 *           "points": 55,
                 *           "form": "LWWWL"
                 *         },
                 *         {
                 *           "rank": 6,
                 *           "team": {
                 *             "name": "Lyon",
                 *             "shortName": "OL",
                 *             "color": "#1d3f8f"
                 *           },
                 *           "played": 34,
                 *           "won": 16,
                 *           "drawn": 5,
                 *           "lost": 13,
                 *           "goalsFor": 49,
                 *           "goalsAgainst": 55,
                 *           "points": 53,
                 *           "form": "WWWLW"
                 *         },
                 *         {
                 *           "rank": 7,
                 *           "team": {
                 *             "name": "Lens",
                 *             "shortName": "RCL",
                 *             "color": "#f5c400"
                 *           },
                 *           "played": 34,
                 *           "won": 14,
                 *           "drawn": 9,
                 *           "lost": 11,
                 *           "goalsFor": 45,
                 *           "goalsAgainst": 37,
                 *           "points": 51,
                 *           "form": "LLWWD"
                 *         },
                 *         {
                 *           "rank": 8,
                 *           "team": {
                 *             "name": "Marseille",
                 *             "shortName": "OM",
                 *             "color": "#2faee0"
                 *           },
                 *           "played": 34,
                 *           "won": 13,
                 *           "drawn": 11,
                 *           "lost": 10,
                 *           "goalsFor": 52,
                 *           "goalsAgainst": 41,
                 *           "points": 50,
                 *           "form": "WLDWL",
                 *           "highlight": true
                 *         },
                 *         {
                 *           "rank": 9,
                 *           "team": {
                 *             "name": "Reims",
                 *             "shortName": "SDR",
                 *             "color": "#d0021b"
                 *           },
                 *           "played": 34,
                 *           "won": 13,
                 *           "drawn": 8,
                 *           "lost": 13,
                 *           "goalsFor": 42,
                 *           "goalsAgainst": 47,
                 *           "points": 47,
                 *           "form": "LDLWL"
                 *         },
                 *         {
                 *           "rank": 10,
                 *           "team": {
                 *             "name": "Rennes",
                 *             "shortName": "SRFC",
                 *             "color": "#e10600"
                 *           },
                 *           "played": 34,
                 *           "won": 12,
                 *           "drawn": 10,
                 *           "lost": 12,
                 *           "goalsFor": 53,
                 *           "goalsAgainst": 46,
                 *           "points": 46,
                 *           "form": "DLWLD"
                 *         },
                 *         {
                 *           "rank": 11,
                 *           "team": {
                 *             "name": "Toulouse",
                 *             "shortName": "TFC",
                 *             "color": "#5b2a86"
                 *           },
                 *           "played": 34,
                 *           "won": 11,
                 *           "drawn": 11,
                 *           "lost": 12,
                 *           "goalsFor": 42,
                 *           "goalsAgainst": 46,
                 *           "points": 44,
                 *           "form": "DDWLW"
                 *         },
                 *         {
                 *           "rank": 12,
                 *           "team": {
                 *             "name": "Montpellier",
                 *             "shortName": "MHSC",
                 *             "color": "#f58220"
                 *           },
                 *           "played": 34,
                 *           "won": 10,
                 *           "drawn": 11,
                 *           "lost": 13,
                 *           "goalsFor": 43,
                 *           "goalsAgainst": 48,
                 *           "points": 41,
                 *           "form": "LWDDW"
                 *         },
                 *         {
                 *           "rank": 13,
                 *           "team": {
                 *             "name": "Strasbourg",
                 *             "shortName": "RCSA",
                 *             "color": "#009fe3"
                 *           },
                 *           "played": 34,
                 *           "won": 10,
                 *           "drawn": 9,
                 *           "lost": 15,
                 *           "goalsFor": 39,
                 *           "goalsAgainst": 49,
                 *           "points": 39,
                 *           "form": "WLLDL"
                 *         },
                 *         {
                 *           "rank": 14,
                 *           "team": {
                 *             "name": "Nantes",
                 *             "shortName": "FCN",
                 *             "color": "#fcd405"
                 *           },
                 *           "played": 34,
                 *           "won": 9,
                 *           "drawn": 6,
                 *           "lost": 19,
                 *           "goalsFor": 30,
                 *           "goalsAgainst": 55,
                 *           "points": 33,
                 *           "form": "WLWLL"
                 *         },
                 *         {
                 *           "rank": 15,
                 *           "team": {
                 *             "name": "Le Havre",
                 *             "shortName": "HAC",
                 *             "color": "#5aa0d8"
                 *           },
                 *           "played": 34,
                 *           "won": 7,
                 *           "drawn": 11,
                 *           "lost": 16,
                 *           "goalsFor": 34,
                 *           "goalsAgainst": 45,
                 *           "points": 32,
                 *           "form": "DLDLD"
                 *         },
                 *         {
                 *           "rank": 16,
                 *           "team": {
                 *             "name": "Metz",
                 *             "shortName": "FCM",
                 *             "color": "#7a0f2b"
                 *           },
                 *           "played": 34,
                 *           "won": 8,
                 *           "drawn": 5,
                 *           "lost": 21,
                 *           "goalsFor": 35,
                 *           "goalsAgainst": 58,
                 *           "points": 29,
                 *           "form": "WLLWL"
                 *         },
                 *         {
                 *           "rank": 17,
                 *           "team": {
                 *             "name": "Lorient",
                 *             "shortName": "FCL",
                 *             "color": "#f37021"
                 *           },
                 *           "played": 34,
                 *           "won": 7,
                 *           "drawn": 8,
                 *           "lost": 19,
                 *           "goalsFor": 43,
                 *           "goalsAgainst": 66,
                 *           "points": 29,
                 *           "form": "LDLWL"
                 *         },
                 *         {
                 *           "rank": 18,
                 *           "team": {
                 *             "name": "Clermont",
                 *             "shortName": "CF63",
                 *             "color": "#c1272d"
                 *           },
                 *           "played": 34,
                 *           "won": 5,
                 *           "drawn": 10,
                 *           "lost": 19,
                 *           "goalsFor": 26,
                 *           "goalsAgainst": 60,
                 *           "points": 25,
                 *           "form": "LDDLL"
                 *         }
                 *       ],
                 *       "zones": [
                 *         {
                 *           "from": 1,
                 *           "to": 3,
                 *           "label": "Ligue des champions",
                 *           "color": "#1d4ed8"
                 *         },
                 *         {
                 *           "from": 4,
                 *           "to": 4,
                 *           "label": "Qualif. Ligue des champions",
                 *           "color": "#0ea5e9"
                 *         },
                 *         {
                 *           "from": 5,
                 *           "to": 5,
                 *           "label": "Ligue Europa",
                 *           "color": "#f97316"
                 *         },
                 *         {
                 *           "from": 6,
                 *           "to": 6,
                 *           "label": "Ligue Conférence",
                 *           "color": "#16a34a"
                 *         },
                 *         {
                 *           "from": 16,
                 *           "to": 16,
                 *           "label": "Barrage",
                 *           "color": "#f59e0b"
                 *         },
                 *         {
                 *           "from": 17,
                 *           "to": 18,
                 *           "label": "Relégation",
                 *           "color": "#dc2626"
                 *         }
                 *       ],
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["StandingsPayload"];
            };
        };
        responses: {
            /** @description The card as SVG */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Server-Timing": components["headers"]["Server-Timing"];
                    "X-Card-Alt": components["headers"]["X-Card-Alt"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            500: components["responses"]["Error500"];
            502: components["responses"]["Error502"];
            503: components["responses"]["Error503"];
            504: components["responses"]["Error504"];
        };
    };
    getStandingsJson: {
        parameters: {
            query?: {
                /** @example Ligue 1 */
                competition?: components["parameters"]["standings.competition"];
                /**
                 * @description Matchday number, printed "Matchday 34"
                 * @example 34
                 */
                matchday?: components["parameters"]["standings.matchday"];
                /** @description First rank */
                "window.from"?: components["parameters"]["standings.window.from"];
                /** @description Last rank */
                "window.to"?: components["parameters"]["standings.window.to"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["standings.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["standings.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["standings.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["standings.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["standings.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["standings.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["standings.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["standings.locale"];
                /**
                 * @description The items of the list `rows`, one query parameter per field: `rows.{n}.rank`, `rows.{n}.team.name`, `rows.{n}.team.shortName`, `rows.{n}.team.color`, `rows.{n}.team.crest`, `rows.{n}.played`, `rows.{n}.won`, `rows.{n}.drawn`, `rows.{n}.lost`, `rows.{n}.goalsFor`, `rows.{n}.goalsAgainst`, `rows.{n}.points`, `rows.{n}.form`, `rows.{n}.highlight`, with {n} = 0, 1, 2… without gaps (at most 20 items). Each item needs `rows.{n}.rank`, `rows.{n}.team.name`, `rows.{n}.played`, `rows.{n}.won`, `rows.{n}.drawn`, `rows.{n}.lost`, `rows.{n}.goalsFor`, `rows.{n}.goalsAgainst`, `rows.{n}.points`.
                 * @example {
                 *       "rows.0.rank": 1,
                 *       "rows.0.team.name": "Paris SG",
                 *       "rows.0.team.shortName": "PSG",
                 *       "rows.0.team.color": "#004170",
                 *       "rows.0.played": 34,
                 *       "rows.0.won": 22,
                 *       "rows.0.drawn": 10,
                 *       "rows.0.lost": 2,
                 *       "rows.0.goalsFor": 81,
                 *       "rows.0.goalsAgainst": 33,
                 *       "rows.0.points": 76,
                 *       "rows.0.form": "WDLWD",
                 *       "rows.1.rank": 2,
                 *       "rows.1.team.name": "Monaco",
                 *       "rows.1.team.shortName": "ASM",
                 *       "rows.1.team.color": "#e30613",
                 *       "rows.1.played": 34,
                 *       "rows.1.won": 20,
                 *       "rows.1.drawn": 7,
                 *       "rows.1.lost": 7,
                 *       "rows.1.goalsFor": 68,
                 *       "rows.1.goalsAgainst": 42,
                 *       "rows.1.points": 67,
                 *       "rows.1.form": "WWWLW",
                 *       "rows.2.rank": 3,
                 *       "rows.2.team.name": "Brest",
                 *       "rows.2.team.shortName": "SB29",
                 *       "rows.2.team.color": "#e2001a",
                 *       "rows.2.played": 34,
                 *       "rows.2.won": 17,
                 *       "rows.2.drawn": 10,
                 *       "rows.2.lost": 7,
                 *       "rows.2.goalsFor": 53,
                 *       "rows.2.goalsAgainst": 34,
                 *       "rows.2.points": 61,
                 *       "rows.2.form": "DWLWD",
                 *       "rows.3.rank": 4,
                 *       "rows.3.team.name": "Lille",
                 *       "rows.3.team.shortName": "LOSC",
                 *       "rows.3.team.color": "#c8102e",
                 *       "rows.3.played": 34,
                 *       "rows.3.won": 16,
                 *       "rows.3.drawn": 11,
                 *       "rows.3.lost": 7,
                 *       "rows.3.goalsFor": 52,
                 *       "rows.3.goalsAgainst": 34,
                 *       "rows.3.points": 59,
                 *       "rows.3.form": "WDWWD",
                 *       "rows.4.rank": 5,
                 *       "rows.4.team.name": "Nice",
                 *       "rows.4.team.shortName": "OGCN",
                 *       "rows.4.team.color": "#111111",
                 *       "rows.4.played": 34,
                 *       "rows.4.won": 15,
                 *       "rows.4.drawn": 10,
                 *       "rows.4.lost": 9,
                 *       "rows.4.goalsFor": 40,
                 *       "rows.4.goalsAgainst": 29,
                 *       "rows.4.points": 55,
                 *       "rows.4.form": "LWWWL",
                 *       "rows.5.rank": 6,
                 *       "rows.5.team.name": "Lyon",
                 *       "rows.5.team.shortName": "OL",
                 *       "rows.5.team.color": "#1d3f8f",
                 *       "rows.5.played": 34,
                 *       "rows.5.won": 16,
                 *       "rows.5.drawn": 5,
                 *       "rows.5.lost": 13,
                 *       "rows.5.goalsFor": 49,
                 *       "rows.5.goalsAgainst": 55,
                 *       "rows.5.points": 53,
                 *       "rows.5.form": "WWWLW",
                 *       "rows.6.rank": 7,
                 *       "rows.6.team.name": "Lens",
                 *       "rows.6.team.shortName": "RCL",
                 *       "rows.6.team.color": "#f5c400",
                 *       "rows.6.played": 34,
                 *       "rows.6.won": 14,
                 *       "rows.6.drawn": 9,
                 *       "rows.6.lost": 11,
                 *       "rows.6.goalsFor": 45,
                 *       "rows.6.goalsAgainst": 37,
                 *       "rows.6.points": 51,
                 *       "rows.6.form": "LLWWD",
                 *       "rows.7.rank": 8,
                 *       "rows.7.team.name": "Marseille",
                 *       "rows.7.team.shortName": "OM",
                 *       "rows.7.team.color": "#2faee0",
                 *       "rows.7.played": 34,
                 *       "rows.7.won": 13,
                 *       "rows.7.drawn": 11,
                 *       "rows.7.lost": 10,
                 *       "rows.7.goalsFor": 52,
                 *       "rows.7.goalsAgainst": 41,
                 *       "rows.7.points": 50,
                 *       "rows.7.form": "WLDWL",
                 *       "rows.7.highlight": true,
                 *       "rows.8.rank": 9,
                 *       "rows.8.team.name": "Reims",
                 *       "rows.8.team.shortName": "SDR",
                 *       "rows.8.team.color": "#d0021b",
                 *       "rows.8.played": 34,
                 *       "rows.8.won": 13,
                 *       "rows.8.drawn": 8,
                 *       "rows.8.lost": 13,
                 *       "rows.8.goalsFor": 42,
                 *       "rows.8.goalsAgainst": 47,
                 *       "rows.8.points": 47,
                 *       "rows.8.form": "LDLWL",
                 *       "rows.9.rank": 10,
                 *       "rows.9.team.name": "Rennes",
                 *       "rows.9.team.shortName": "SRFC",
                 *       "rows.9.team.color": "#e10600",
                 *       "rows.9.played": 34,
                 *       "rows.9.won": 12,
                 *       "rows.9.drawn": 10,
                 *       "rows.9.lost": 12,
                 *       "rows.9.goalsFor": 53,
                 *       "rows.9.goalsAgainst": 46,
                 *       "rows.9.points": 46,
                 *       "rows.9.form": "DLWLD",
                 *       "rows.10.rank": 11,
                 *       "rows.10.team.name": "Toulouse",
                 *       "rows.10.team.shortName": "TFC",
                 *       "rows.10.team.color": "#5b2a86",
                 *       "rows.10.played": 34,
                 *       "rows.10.won": 11,
                 *       "rows.10.drawn": 11,
                 *       "rows.10.lost": 12,
                 *       "rows.10.goalsFor": 42,
                 *       "rows.10.goalsAgainst": 46,
                 *       "rows.10.points": 44,
                 *       "rows.10.form": "DDWLW",
                 *       "rows.11.rank": 12,
                 *       "rows.11.team.name": "Montpellier",
                 *       "rows.11.team.shortName": "MHSC",
                 *       "rows.11.team.color": "#f58220",
                 *       "rows.11.played": 34,
                 *       "rows.11.won": 10,
                 *       "rows.11.drawn": 11,
                 *       "rows.11.lost": 13,
                 *       "rows.11.goalsFor": 43,
                 *       "rows.11.goalsAgainst": 48,
                 *       "rows.11.points": 41,
                 *       "rows.11.form": "LWDDW",
                 *       "rows.12.rank": 13,
                 *       "rows.12.team.name": "Strasbourg",
                 *       "rows.12.team.shortName": "RCSA",
                 *       "rows.12.team.color": "#009fe3",
                 *       "rows.12.played": 34,
                 *       "rows.12.won": 10,
                 *       "rows.12.drawn": 9,
                 *       "rows.12.lost": 15,
                 *       "rows.12.goalsFor": 39,
                 *       "rows.12.goalsAgainst": 49,
                 *       "rows.12.points": 39,
                 *       "rows.12.form": "WLLDL",
                 *       "rows.13.rank": 14,
                 *       "rows.13.team.name": "Nantes",
                 *       "rows.13.team.shortName": "FCN",
                 *       "rows.13.team.color": "#fcd405",
                 *       "rows.13.played": 34,
                 *       "rows.13.won": 9,
                 *       "rows.13.drawn": 6,
                 *       "rows.13.lost": 19,
                 *       "rows.13.goalsFor": 30,
                 *       "rows.13.goalsAgainst": 55,
                 *       "rows.13.points": 33,
                 *       "rows.13.form": "WLWLL",
                 *       "rows.14.rank": 15,
                 *       "rows.14.team.name": "Le Havre",
                 *       "rows.14.team.shortName": "HAC",
                 *       "rows.14.team.color": "#5aa0d8",
                 *       "rows.14.played": 34,
                 *       "rows.14.won": 7,
                 *       "rows.14.drawn": 11,
                 *       "rows.14.lost": 16,
                 *       "rows.14.goalsFor": 34,
                 *       "rows.14.goalsAgainst": 45,
                 *       "rows.14.points": 32,
                 *       "rows.14.form": "DLDLD",
                 *       "rows.15.rank": 16,
                 *       "rows.15.team.name": "Metz",
                 *       "rows.15.team.shortName": "FCM",
                 *       "rows.15.team.color": "#7a0f2b",
                 *       "rows.15.played": 34,
                 *       "rows.15.won": 8,
                 *       "rows.15.drawn": 5,
                 *       "rows.15.lost": 21,
                 *       "rows.15.goalsFor": 35,
                 *       "rows.15.goalsAgainst": 58,
                 *       "rows.15.points": 29,
                 *       "rows.15.form": "WLLWL",
                 *       "rows.16.rank": 17,
                 *       "rows.16.team.name": "Lorient",
                 *       "rows.16.team.shortName": "FCL",
                 *       "rows.16.team.color": "#f37021",
                 *       "rows.16.played": 34,
                 *       "rows.16.won": 7,
                 *       "rows.16.drawn": 8,
                 *       "rows.16.lost": 19,
                 *       "rows.16.goalsFor": 43,
                 *       "rows.16.goalsAgainst": 66,
                 *       "rows.16.points": 29,
                 *       "rows.16.form": "LDLWL",
                 *       "rows.17.rank": 18,
                 *       "rows.17.team.name": "Clermont",
                 *       "rows.17.team.shortName": "CF63",
                 *       "rows.17.team.color": "#c1272d",
                 *       "rows.17.played": 34,
                 *       "rows.17.won": 5,
                 *       "rows.17.drawn": 10,
                 *       "rows.17.lost": 19,
                 *       "rows.17.goalsFor": 26,
                 *       "rows.17.goalsAgainst": 60,
                 *       "rows.17.points": 25,
                 *       "rows.17.form": "LDDLL"
                 *     }
                 */
                rows?: components["parameters"]["standings.rows"];
                /**
                 * @description The items of the list `zones`, one query parameter per field: `zones.{n}.from`, `zones.{n}.to`, `zones.{n}.label`, `zones.{n}.color`, with {n} = 0, 1, 2… without gaps (at most 6 items). Each item needs `zones.{n}.from`, `zones.{n}.to`, `zones.{n}.label`, `zones.{n}.color`.
                 * @example {
                 *       "zones.0.from": 1,
                 *       "zones.0.to": 3,
                 *       "zones.0.label": "Ligue des champions",
                 *       "zones.0.color": "#1d4ed8",
                 *       "zones.1.from": 4,
                 *       "zones.1.to": 4,
                 *       "zones.1.label": "Qualif. Ligue des champions",
                 *       "zones.1.color": "#0ea5e9",
                 *       "zones.2.from": 5,
                 *       "zones.2.to": 5,
                 *       "zones.2.label": "Ligue Europa",
                 *       "zones.2.color": "#f97316",
                 *       "zones.3.from": 6,
                 *       "zones.3.to": 6,
                 *       "zones.3.label": "Ligue Conférence",
                 *       "zones.3.color": "#16a34a",
                 *       "zones.4.from": 16,
                 *       "zones.4.to": 16,
                 *       "zones.4.label": "Barrage",
                 *       "zones.4.color": "#f59e0b",
                 *       "zones.5.from": 17,
                 *       "zones.5.to": 18,
                 *       "zones.5.label": "Relégation",
                 *       "zones.5.color": "#dc2626"
                 *     }
                 */
                zones?: components["parameters"]["standings.zones"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card described without rendering it: alt text, pixel size, ETag and its GET URLs (signed when the service signs and the caller is authenticated) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardDescription"];
                };
            };
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            503: components["responses"]["Error503"];
        };
    };
    postStandingsJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "competition": "Ligue 1",
                 *       "matchday": 34,
                 *       "rows": [
                 *         {
                 *           "rank": 1,
                 *           "team": {
                 *             "name": "Paris SG",
                 *             "shortName": "PSG",
                 *             "color": "#004170"
                 *           },
                 *           "played": 34,
                 *           "won": 22,
                 *           "drawn": 10,
                 *           "lost": 2,
                 *           "goalsFor": 81,
                 *           "goalsAgainst": 33,
                 *           "points": 76,
                 *           "form": "WDLWD"
                 *         },
                 *         {
                 *           "rank": 2,
                 *           "team": {
                 *             "name": "Monaco",
                 *             "shortName": "ASM",
                 *             "color": "#e30613"
                 *           },
                 *           "played": 34,
                 *           "won": 20,
                 *           "drawn": 7,
                 *           "lost": 7,
                 *           "goalsFor": 68,
                 *           "goalsAgainst": 42,
                 *           "points": 67,
                 *           "form": "WWWLW"
                 *         },
                 *         {
                 *           "rank": 3,
                 *           "team": {
                 *             "name": "Brest",
                 *             "shortName": "SB29",
                 *             "color": "#e2001a"
                 *           },
                 *           "played": 34,
                 *           "won": 17,
                 *           "drawn": 10,
                 *           "lost": 7,
                 *           "goalsFor": 53,
                 *           "goalsAgainst": 34,
                 *           "points": 61,
                 *           "form": "DWLWD"
                 *         },
                 *         {
                 *           "rank": 4,
                 *           "team": {
                 *             "name": "Lille",
                 *             "shortName": "LOSC",
                 *             "color": "#c8102e"
                 *           },
                 *           "played": 34,
                 *           "won": 16,
                 *           "drawn": 11,
                 *           "lost": 7,
                 *           "goalsFor": 52,
                 *           "goalsAgainst": 34,
                 *           "points": 59,
                 *           "form": "WDWWD"
                 *         },
                 *         {
                 *           "rank": 5,
                 *           "team": {
                 *             "name": "Nice",
                 *             "shortName": "OGCN",
                 *             "color": "#111111"
                 *           },
                 *           "played": 34,
                 *           "won": 15,
                 *           "drawn": 10,
                 *           "lost": 9,
                 *           "goalsFor": 40,
                 *           "goalsAgainst": 29,
                 *           "points": 55,
                 *           "form": "LWWWL"
                 *         },
                 *         {
                 *           "rank": 6,
                 *           "team": {
                 *             "name": "Lyon",
                 *             "shortName": "OL",
                 *             "color": "#1d3f8f"
                 *           },
                 *           "played": 34,
                 *           "won": 16,
                 *           "drawn": 5,
                 *           "lost": 13,
                 *           "goalsFor": 49,
                 *           "goalsAgainst": 55,
                 *           "points": 53,
                 *           "form": "WWWLW"
                 *         },
                 *         {
                 *           "rank": 7,
                 *           "team": {
                 *             "name": "Lens",
                 *             "shortName": "RCL",
                 *             "color": "#f5c400"
                 *           },
                 *           "played": 34,
                 *           "won": 14,
                 *           "drawn": 9,
                 *           "lost": 11,
                 *           "goalsFor": 45,
                 *           "goalsAgainst": 37,
                 *           "points": 51,
                 *           "form": "LLWWD"
                 *         },
                 *         {
                 *           "rank": 8,
                 *           "team": {
                 *             "name": "Marseille",
                 *             "shortName": "OM",
                 *             "color": "#2faee0"
                 *           },
                 *           "played": 34,
                 *           "won": 13,
                 *           "drawn": 11,
                 *           "lost": 10,
                 *           "goalsFor": 52,
                 *           "goalsAgainst": 41,
                 *           "points": 50,
                 *           "form": "WLDWL",
                 *           "highlight": true
                 *         },
                 *         {
                 *           "rank": 9,
                 *           "team": {
                 *             "name": "Reims",
                 *             "shortName": "SDR",
                 *             "color": "#d0021b"
                 *           },
                 *           "played": 34,
                 *           "won": 13,
                 *           "drawn": 8,
                 *           "lost": 13,
                 *           "goalsFor": 42,
                 *           "goalsAgainst": 47,
                 *           "points": 47,
                 *           "form": "LDLWL"
                 *         },
                 *         {
                 *           "rank": 10,
                 *           "team": {
                 *             "name": "Rennes",
                 *             "shortName": "SRFC",
                 *             "color": "#e10600"
                 *           },
                 *           "played": 34,
                 *           "won": 12,
                 *           "drawn": 10,
                 *           "lost": 12,
                 *           "goalsFor": 53,
                 *           "goalsAgainst": 46,
                 *           "points": 46,
                 *           "form": "DLWLD"
                 *         },
                 *         {
                 *           "rank": 11,
                 *           "team": {
                 *             "name": "Toulouse",
                 *             "shortName": "TFC",
                 *             "color": "#5b2a86"
                 *           },
                 *           "played": 34,
                 *           "won": 11,
                 *           "drawn": 11,
                 *           "lost": 12,
                 *           "goalsFor": 42,
                 *           "goalsAgainst": 46,
                 *           "points": 44,
                 *           "form": "DDWLW"
                 *         },
                 *         {
                 *           "rank": 12,
                 *           "team": {
                 *             "name": "Montpellier",
                 *             "shortName": "MHSC",
                 *             "color": "#f58220"
                 *           },
                 *           "played": 34,
                 *           "won": 10,
                 *           "drawn": 11,
                 *           "lost": 13,
                 *           "goalsFor": 43,
                 *           "goalsAgainst": 48,
                 *           "points": 41,
                 *           "form": "LWDDW"
                 *         },
                 *         {
                 *           "rank": 13,
                 *           "team": {
                 *             "name": "Strasbourg",
                 *             "shortName": "RCSA",
                 *             "color": "#009fe3"
                 *           },
                 *           "played": 34,
                 *           "won": 10,
                 *           "drawn": 9,
                 *           "lost": 15,
                 *           "goalsFor": 39,
                 *           "goalsAgainst": 49,
                 *           "points": 39,
                 *           "form": "WLLDL"
                 *         },
                 *         {
                 *           "rank": 14,
                 *           "team": {
                 *             "name": "Nantes",
                 *             "shortName": "FCN",
                 *             "color": "#fcd405"
                 *           },
                 *           "played": 34,
                 *           "won": 9,
                 *           "drawn": 6,
                 *           "lost": 19,
                 *           "goalsFor": 30,
                 *           "goalsAgainst": 55,
                 *           "points": 33,
                 *           "form": "WLWLL"
                 *         },
                 *         {
                 *           "rank": 15,
                 *           "team": {
                 *             "name": "Le Havre",
                 *             "shortName": "HAC",
                 *             "color": "#5aa0d8"
                 *           },
                 *           "played": 34,
                 *           "won": 7,
                 *           "drawn": 11,
                 *           "lost": 16,
                 *           "goalsFor": 34,
                 *           "goalsAgainst": 45,
                 *           "points": 32,
                 *           "form": "DLDLD"
                 *         },
                 *         {
                 *           "rank": 16,
                 *           "team": {
                 *             "name": "Metz",
                 *             "shortName": "FCM",
                 *             "color": "#7a0f2b"
                 *           },
                 *           "played": 34,
                 *           "won": 8,
                 *           "drawn": 5,
                 *           "lost": 21,
                 *           "goalsFor": 35,
                 *           "goalsAgainst": 58,
                 *           "points": 29,
                 *           "form": "WLLWL"
                 *         },
                 *         {
                 *           "rank": 17,
                 *           "team": {
                 *             "name": "Lorient",
                 *             "shortName": "FCL",
                 *             "color": "#f37021"
                 *           },
                 *           "played": 34,
                 *           "won": 7,
                 *           "drawn": 8,
                 *           "lost": 19,
                 *           "goalsFor": 43,
                 *           "goalsAgainst": 66,
                 *           "points": 29,
                 *           "form": "LDLWL"
                 *         },
                 *         {
                 *           "rank": 18,
                 *           "team": {
                 *             "name": "Clermont",
                 *             "shortName": "CF63",
                 *             "color": "#c1272d"
                 *           },
                 *           "played": 34,
                 *           "won": 5,
                 *           "drawn": 10,
                 *           "lost": 19,
                 *           "goalsFor": 26,
                 *           "goalsAgainst": 60,
                 *           "points": 25,
                 *           "form": "LDDLL"
                 *         }
                 *       ],
                 *       "zones": [
                 *         {
                 *           "from": 1,
                 *           "to": 3,
                 *           "label": "Ligue des champions",
                 *           "color": "#1d4ed8"
                 *         },
                 *         {
                 *           "from": 4,
                 *           "to": 4,
                 *           "label": "Qualif. Ligue des champions",
                 *           "color": "#0ea5e9"
                 *         },
                 *         {
                 *           "from": 5,
                 *           "to": 5,
                 *           "label": "Ligue Europa",
                 *           "color": "#f97316"
                 *         },
                 *         {
                 *           "from": 6,
                 *           "to": 6,
                 *           "label": "Ligue Conférence",
                 *           "color": "#16a34a"
                 *         },
                 *         {
                 *           "from": 16,
                 *           "to": 16,
                 *           "label": "Barrage",
                 *           "color": "#f59e0b"
                 *         },
                 *         {
                 *           "from": 17,
                 *           "to": 18,
                 *           "label": "Relégation",
                 *           "color": "#dc2626"
                 *         }
                 *       ],
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["StandingsPayload"];
            };
        };
        responses: {
            /** @description The card described without rendering it: alt text, pixel size, ETag and its GET URLs (signed when the service signs and the caller is authenticated) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardDescription"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    getStandingsHtml: {
        parameters: {
            query?: {
                /** @example Ligue 1 */
                competition?: components["parameters"]["standings.competition"];
                /**
                 * @description Matchday number, printed "Matchday 34"
                 * @example 34
                 */
                matchday?: components["parameters"]["standings.matchday"];
                /** @description First rank */
                "window.from"?: components["parameters"]["standings.window.from"];
                /** @description Last rank */
                "window.to"?: components["parameters"]["standings.window.to"];
                /** @description og 1200×630, x 1200×675, square 1080×1080, story 1080×1920 */
                size?: components["parameters"]["standings.size"];
                /** @description Pixel density multiplier for sharper images */
                scale?: components["parameters"]["standings.scale"];
                /** @description light, dark, or brand colours */
                theme?: components["parameters"]["standings.theme"];
                /** @description Palette the brand colours are laid on */
                "theme.base"?: components["parameters"]["standings.theme.base"];
                /** @description Card background */
                "theme.background"?: components["parameters"]["standings.theme.background"];
                /** @description Main text colour (default: white or near-black, whichever contrasts) */
                "theme.foreground"?: components["parameters"]["standings.theme.foreground"];
                /** @description Hashtags, mentions, links and highlights */
                "theme.accent"?: components["parameters"]["standings.theme.accent"];
                /**
                 * @description Language of dates, status words and typography rules
                 * @example fr
                 */
                locale?: components["parameters"]["standings.locale"];
                /**
                 * @description The items of the list `rows`, one query parameter per field: `rows.{n}.rank`, `rows.{n}.team.name`, `rows.{n}.team.shortName`, `rows.{n}.team.color`, `rows.{n}.team.crest`, `rows.{n}.played`, `rows.{n}.won`, `rows.{n}.drawn`, `rows.{n}.lost`, `rows.{n}.goalsFor`, `rows.{n}.goalsAgainst`, `rows.{n}.points`, `rows.{n}.form`, `rows.{n}.highlight`, with {n} = 0, 1, 2… without gaps (at most 20 items). Each item needs `rows.{n}.rank`, `rows.{n}.team.name`, `rows.{n}.played`, `rows.{n}.won`, `rows.{n}.drawn`, `rows.{n}.lost`, `rows.{n}.goalsFor`, `rows.{n}.goalsAgainst`, `rows.{n}.points`.
                 * @example {
                 *       "rows.0.rank": 1,
                 *       "rows.0.team.name": "Paris SG",
                 *       "rows.0.team.shortName": "PSG",
                 *       "rows.0.team.color": "#004170",
                 *       "rows.0.played": 34,
                 *       "rows.0.won": 22,
                 *       "rows.0.drawn": 10,
                 *       "rows.0.lost": 2,
                 *       "rows.0.goalsFor": 81,
                 *       "rows.0.goalsAgainst": 33,
                 *       "rows.0.points": 76,
                 *       "rows.0.form": "WDLWD",
                 *       "rows.1.rank": 2,
                 *       "rows.1.team.name": "Monaco",
                 *       "rows.1.team.shortName": "ASM",
                 *       "rows.1.team.color": "#e30613",
                 *       "rows.1.played": 34,
                 *       "rows.1.won": 20,
                 *       "rows.1.drawn": 7,
                 *       "rows.1.lost": 7,
                 *       "rows.1.goalsFor": 68,
                 *       "rows.1.goalsAgainst": 42,
                 *       "rows.1.points": 67,
                 *       "rows.1.form": "WWWLW",
                 *       "rows.2.rank": 3,
                 *       "rows.2.team.name": "Brest",
                 *       "rows.2.team.shortName": "SB29",
                 *       "rows.2.team.color": "#e2001a",
                 *       "rows.2.played": 34,
                 *       "rows.2.won": 17,
                 *       "rows.2.drawn": 10,
                 *       "rows.2.lost": 7,
                 *       "rows.2.goalsFor": 53,
                 *       "rows.2.goalsAgainst": 34,
                 *       "rows.2.points": 61,
                 *       "rows.2.form": "DWLWD",
                 *       "rows.3.rank": 4,
                 *       "rows.3.team.name": "Lille",
                 *       "rows.3.team.shortName": "LOSC",
                 *       "rows.3.team.color": "#c8102e",
                 *       "rows.3.played": 34,
                 *       "rows.3.won": 16,
                 *       "rows.3.drawn": 11,
                 *       "rows.3.lost": 7,
                 *       "rows.3.goalsFor": 52,
                 *       "rows.3.goalsAgainst": 34,
                 *       "rows.3.points": 59,
                 *       "rows.3.form": "WDWWD",
                 *       "rows.4.rank": 5,
                 *       "rows.4.team.name": "Nice",
                 *       "rows.4.team.shortName": "OGCN",
                 *       "rows.4.team.color": "#111111",
                 *       "rows.4.played": 34,
                 *       "rows.4.won": 15,
                 *       "rows.4.drawn": 10,
                 *       "rows.4.lost": 9,
                 *       "rows.4.goalsFor": 40,
                 *       "rows.4.goalsAgainst": 29,
                 *       "rows.4.points": 55,
                 *       "rows.4.form": "LWWWL",
                 *       "rows.5.rank": 6,
                 *       "rows.5.team.name": "Lyon",
                 *       "rows.5.team.shortName": "OL",
                 *       "rows.5.team.color": "#1d3f8f",
                 *       "rows.5.played": 34,
                 *       "rows.5.won": 16,
                 *       "rows.5.drawn": 5,
                 *       "rows.5.lost": 13,
                 *       "rows.5.goalsFor": 49,
                 *       "rows.5.goalsAgainst": 55,
                 *       "rows.5.points": 53,
                 *       "rows.5.form": "WWWLW",
                 *       "rows.6.rank": 7,
                 *       "rows.6.team.name": "Lens",
                 *       "rows.6.team.shortName": "RCL",
                 *       "rows.6.team.color": "#f5c400",
                 *       "rows.6.played": 34,
                 *       "rows.6.won": 14,
                 *       "rows.6.drawn": 9,
                 *       "rows.6.lost": 11,
                 *       "rows.6.goalsFor": 45,
                 *       "rows.6.goalsAgainst": 37,
                 *       "rows.6.points": 51,
                 *       "rows.6.form": "LLWWD",
                 *       "rows.7.rank": 8,
                 *       "rows.7.team.name": "Marseille",
                 *       "rows.7.team.shortName": "OM",
                 *       "rows.7.team.color": "#2faee0",
                 *       "rows.7.played": 34,
                 *       "rows.7.won": 13,
                 *       "rows.7.drawn": 11,
                 *       "rows.7.lost": 10,
                 *       "rows.7.goalsFor": 52,
                 *       "rows.7.goalsAgainst": 41,
                 *       "rows.7.points": 50,
                 *       "rows.7.form": "WLDWL",
                 *       "rows.7.highlight": true,
                 *       "rows.8.rank": 9,
                 *       "rows.8.team.name": "Reims",
                 *       "rows.8.team.shortName": "SDR",
                 *       "rows.8.team.color": "#d0021b",
                 *       "rows.8.played": 34,
                 *       "rows.8.won": 13,
                 *       "rows.8.drawn": 8,
                 *       "rows.8.lost": 13,
                 *       "rows.8.goalsFor": 42,
                 *       "rows.8.goalsAgainst": 47,
                 *       "rows.8.points": 47,
                 *       "rows.8.form": "LDLWL",
                 *       "rows.9.rank": 10,
                 *       "rows.9.team.name": "Rennes",
                 *       "rows.9.team.shortName": "SRFC",
                 *       "rows.9.team.color": "#e10600",
                 *       "rows.9.played": 34,
                 *       "rows.9.won": 12,
                 *       "rows.9.drawn": 10,
                 *       "rows.9.lost": 12,
                 *       "rows.9.goalsFor": 53,
                 *       "rows.9.goalsAgainst": 46,
                 *       "rows.9.points": 46,
                 *       "rows.9.form": "DLWLD",
                 *       "rows.10.rank": 11,
                 *       "rows.10.team.name": "Toulouse",
                 *       "rows.10.team.shortName": "TFC",
                 *       "rows.10.team.color": "#5b2a86",
                 *       "rows.10.played": 34,
                 *       "rows.10.won": 11,
                 *       "rows.10.drawn": 11,
                 *       "rows.10.lost": 12,
                 *       "rows.10.goalsFor": 42,
                 *       "rows.10.goalsAgainst": 46,
                 *       "rows.10.points": 44,
                 *       "rows.10.form": "DDWLW",
                 *       "rows.11.rank": 12,
                 *       "rows.11.team.name": "Montpellier",
                 *       "rows.11.team.shortName": "MHSC",
                 *       "rows.11.team.color": "#f58220",
                 *       "rows.11.played": 34,
                 *       "rows.11.won": 10,
                 *       "rows.11.drawn": 11,
                 *       "rows.11.lost": 13,
                 *       "rows.11.goalsFor": 43,
                 *       "rows.11.goalsAgainst": 48,
                 *       "rows.11.points": 41,
                 *       "rows.11.form": "LWDDW",
                 *       "rows.12.rank": 13,
                 *       "rows.12.team.name": "Strasbourg",
                 *       "rows.12.team.shortName": "RCSA",
                 *       "rows.12.team.color": "#009fe3",
                 *       "rows.12.played": 34,
                 *       "rows.12.won": 10,
                 *       "rows.12.drawn": 9,
                 *       "rows.12.lost": 15,
                 *       "rows.12.goalsFor": 39,
                 *       "rows.12.goalsAgainst": 49,
                 *       "rows.12.points": 39,
                 *       "rows.12.form": "WLLDL",
                 *       "rows.13.rank": 14,
                 *       "rows.13.team.name": "Nantes",
                 *       "rows.13.team.shortName": "FCN",
                 *       "rows.13.team.color": "#fcd405",
                 *       "rows.13.played": 34,
                 *       "rows.13.won": 9,
                 *       "rows.13.drawn": 6,
                 *       "rows.13.lost": 19,
                 *       "rows.13.goalsFor": 30,
                 *       "rows.13.goalsAgainst": 55,
                 *       "rows.13.points": 33,
                 *       "rows.13.form": "WLWLL",
                 *       "rows.14.rank": 15,
                 *       "rows.14.team.name": "Le Havre",
                 *       "rows.14.team.shortName": "HAC",
                 *       "rows.14.team.color": "#5aa0d8",
                 *       "rows.14.played": 34,
                 *       "rows.14.won": 7,
                 *       "rows.14.drawn": 11,
                 *       "rows.14.lost": 16,
                 *       "rows.14.goalsFor": 34,
                 *       "rows.14.goalsAgainst": 45,
                 *       "rows.14.points": 32,
                 *       "rows.14.form": "DLDLD",
                 *       "rows.15.rank": 16,
                 *       "rows.15.team.name": "Metz",
                 *       "rows.15.team.shortName": "FCM",
                 *       "rows.15.team.color": "#7a0f2b",
                 *       "rows.15.played": 34,
                 *       "rows.15.won": 8,
                 *       "rows.15.drawn": 5,
                 *       "rows.15.lost": 21,
                 *       "rows.15.goalsFor": 35,
                 *       "rows.15.goalsAgainst": 58,
                 *       "rows.15.points": 29,
                 *       "rows.15.form": "WLLWL",
                 *       "rows.16.rank": 17,
                 *       "rows.16.team.name": "Lorient",
                 *       "rows.16.team.shortName": "FCL",
                 *       "rows.16.team.color": "#f37021",
                 *       "rows.16.played": 34,
                 *       "rows.16.won": 7,
                 *       "rows.16.drawn": 8,
                 *       "rows.16.lost": 19,
                 *       "rows.16.goalsFor": 43,
                 *       "rows.16.goalsAgainst": 66,
                 *       "rows.16.points": 29,
                 *       "rows.16.form": "LDLWL",
                 *       "rows.17.rank": 18,
                 *       "rows.17.team.name": "Clermont",
                 *       "rows.17.team.shortName": "CF63",
                 *       "rows.17.team.color": "#c1272d",
                 *       "rows.17.played": 34,
                 *       "rows.17.won": 5,
                 *       "rows.17.drawn": 10,
                 *       "rows.17.lost": 19,
                 *       "rows.17.goalsFor": 26,
                 *       "rows.17.goalsAgainst": 60,
                 *       "rows.17.points": 25,
                 *       "rows.17.form": "LDDLL"
                 *     }
                 */
                rows?: components["parameters"]["standings.rows"];
                /**
                 * @description The items of the list `zones`, one query parameter per field: `zones.{n}.from`, `zones.{n}.to`, `zones.{n}.label`, `zones.{n}.color`, with {n} = 0, 1, 2… without gaps (at most 6 items). Each item needs `zones.{n}.from`, `zones.{n}.to`, `zones.{n}.label`, `zones.{n}.color`.
                 * @example {
                 *       "zones.0.from": 1,
                 *       "zones.0.to": 3,
                 *       "zones.0.label": "Ligue des champions",
                 *       "zones.0.color": "#1d4ed8",
                 *       "zones.1.from": 4,
                 *       "zones.1.to": 4,
                 *       "zones.1.label": "Qualif. Ligue des champions",
                 *       "zones.1.color": "#0ea5e9",
                 *       "zones.2.from": 5,
                 *       "zones.2.to": 5,
                 *       "zones.2.label": "Ligue Europa",
                 *       "zones.2.color": "#f97316",
                 *       "zones.3.from": 6,
                 *       "zones.3.to": 6,
                 *       "zones.3.label": "Ligue Conférence",
                 *       "zones.3.color": "#16a34a",
                 *       "zones.4.from": 16,
                 *       "zones.4.to": 16,
                 *       "zones.4.label": "Barrage",
                 *       "zones.4.color": "#f59e0b",
                 *       "zones.5.from": 17,
                 *       "zones.5.to": 18,
                 *       "zones.5.label": "Relégation",
                 *       "zones.5.color": "#dc2626"
                 *     }
                 */
                zones?: components["parameters"]["standings.zones"];
            };
            header?: {
                /** @description An ETag received before: a 304 without a body when the card has not changed */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The share page: an HTML page whose <head> carries og:image (the PNG URL), its width, height, type and alt text, og:title, og:description, the Twitter card tags and a canonical link; its body shows the card and its alt text */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            503: components["responses"]["Error503"];
        };
    };
    signStandingsPng: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "competition": "Ligue 1",
                 *       "matchday": 34,
                 *       "rows": [
                 *         {
                 *           "rank": 1,
                 *           "team": {
                 *             "name": "Paris SG",
                 *             "shortName": "PSG",
                 *             "color": "#004170"
                 *           },
                 *           "played": 34,
                 *           "won": 22,
                 *           "drawn": 10,
                 *           "lost": 2,
                 *           "goalsFor": 81,
                 *           "goalsAgainst": 33,
                 *           "points": 76,
                 *           "form": "WDLWD"
                 *         },
                 *         {
                 *           "rank": 2,
                 *           "team": {
                 *             "name": "Monaco",
                 *             "shortName": "ASM",
                 *             "color": "#e30613"
                 *           },
                 *           "played": 34,
                 *           "won": 20,
                 *           "drawn": 7,
                 *           "lost": 7,
                 *           "goalsFor": 68,
                 *           "goalsAgainst": 42,
                 *           "points": 67,
                 *           "form": "WWWLW"
                 *         },
                 *         {
                 *           "rank": 3,
                 *           "team": {
                 *             "name": "Brest",
                 *             "shortName": "SB29",
                 *             "color": "#e2001a"
                 *           },
                 *           "played": 34,
                 *           "won": 17,
                 *           "drawn": 10,
                 *           "lost": 7,
                 *           "goalsFor": 53,
                 *           "goalsAgainst": 34,
                 *           "points": 61,
                 *           "form": "DWLWD"
                 *         },
                 *         {
                 *           "rank": 4,
                 *           "team": {
                 *             "name": "Lille",
                 *             "shortName": "LOSC",
                 *             "color": "#c8102e"
                 *           },
                 *           "played": 34,
                 *           "won": 16,
                 *           "drawn": 11,
                 *           "lost": 7,
                 *           "goalsFor": 52,
                 *           "goalsAgainst": 34,
                 *           "points": 59,
                 *           "form": "WDWWD"
                 *         },
                 *         {
                 *           "rank": 5,
                 *           "team": {
                 *             "name": "Nice",
                 *             "shortName": "OGCN",
                 *             "color": "#111111"
                 *           },
                 *           "played": 34,
                 *           "won": 15,
                 *           "drawn": 10,
                 *           "lost": 9,
                 *           "goalsFor": 40,
                 *           "goalsAgainst": 29,
                 *           "points": 55,
                 *           "form": "LWWWL"
                 *         },
                 *         {
                 *           "rank": 6,
                 *           "team": {
                 *             "name": "Lyon",
                 *             "shortName": "OL",
                 *             "color": "#1d3f8f"
                 *           },
                 *           "played": 34,
                 *           "won": 16,
                 *           "drawn": 5,
                 *           "lost": 13,
                 *           "goalsFor": 49,
                 *           "goalsAgainst": 55,
                 *           "points": 53,
                 *           "form": "WWWLW"
                 *         },
                 *         {
                 *           "rank": 7,
                 *           "team": {
                 *             "name": "Lens",
                 *             "shortName": "RCL",
                 *             "color": "#f5c400"
                 *           },
                 *           "played": 34,
                 *           "won": 14,
                 *           "drawn": 9,
                 *           "lost": 11,
                 *           "goalsFor": 45,
                 *           "goalsAgainst": 37,
                 *           "points": 51,
                 *           "form": "LLWWD"
                 *         },
                 *         {
                 *           "rank": 8,
                 *           "team": {
                 *             "name": "Marseille",
                 *             "shortName": "OM",
                 *             "color": "#2faee0"
                 *           },
                 *           "played": 34,
                 *           "won": 13,
                 *           "drawn": 11,
                 *           "lost": 10,
                 *           "goalsFor": 52,
                 *           "goalsAgainst": 41,
                 *           "points": 50,
                 *           "form": "WLDWL",
                 *           "highlight": true
                 *         },
                 *         {
                 *           "rank": 9,
                 *           "team": {
                 *             "name": "Reims",
                 *             "shortName": "SDR",
                 *             "color": "#d0021b"
                 *           },
                 *           "played": 34,
                 *           "won": 13,
                 *           "drawn": 8,
                 *           "lost": 13,
                 *           "goalsFor": 42,
                 *           "goalsAgainst": 47,
                 *           "points": 47,
                 *           "form": "LDLWL"
                 *         },
                 *         {
                 *           "rank": 10,
                 *           "team": {
                 *             "name": "Rennes",
                 *             "shortName": "SRFC",
                 *             "color": "#e10600"
                 *           },
                 *           "played": 34,
                 *           "won": 12,
                 *           "drawn": 10,
                 *           "lost": 12,
                 *           "goalsFor": 53,
                 *           "goalsAgainst": 46,
                 *           "points": 46,
                 *           "form": "DLWLD"
                 *         },
                 *         {
                 *           "rank": 11,
                 *           "team": {
                 *             "name": "Toulouse",
                 *             "shortName": "TFC",
                 *             "color": "#5b2a86"
                 *           },
                 *           "played": 34,
                 *           "won": 11,
                 *           "drawn": 11,
                 *           "lost": 12,
                 *           "goalsFor": 42,
                 *           "goalsAgainst": 46,
                 *           "points": 44,
                 *           "form": "DDWLW"
                 *         },
                 *         {
                 *           "rank": 12,
                 *           "team": {
                 *             "name": "Montpellier",
                 *             "shortName": "MHSC",
                 *             "color": "#f58220"
                 *           },
                 *           "played": 34,
                 *           "won": 10,
                 *           "drawn": 11,
                 *           "lost": 13,
                 *           "goalsFor": 43,
                 *           "goalsAgainst": 48,
                 *           "points": 41,
                 *           "form": "LWDDW"
                 *         },
                 *         {
                 *           "rank": 13,
                 *           "team": {
                 *             "name": "Strasbourg",
                 *             "shortName": "RCSA",
                 *             "color": "#009fe3"
                 *           },
                 *           "played": 34,
                 *           "won": 10,
                 *           "drawn": 9,
                 *           "lost": 15,
                 *           "goalsFor": 39,
                 *           "goalsAgainst": 49,
                 *           "points": 39,
                 *           "form": "WLLDL"
                 *         },
                 *         {
                 *           "rank": 14,
                 *           "team": {
                 *             "name": "Nantes",
                 *             "shortName": "FCN",
                 *             "color": "#fcd405"
                 *           },
                 *           "played": 34,
                 *           "won": 9,
                 *           "drawn": 6,
                 *           "lost": 19,
                 *           "goalsFor": 30,
                 *           "goalsAgainst": 55,
                 *           "points": 33,
                 *           "form": "WLWLL"
                 *         },
                 *         {
                 *           "rank": 15,
                 *           "team": {
                 *             "name": "Le Havre",
                 *             "shortName": "HAC",
                 *             "color": "#5aa0d8"
                 *           },
                 *           "played": 34,
                 *           "won": 7,
                 *           "drawn": 11,
                 *           "lost": 16,
                 *           "goalsFor": 34,
                 *           "goalsAgainst": 45,
                 *           "points": 32,
                 *           "form": "DLDLD"
                 *         },
                 *         {
                 *           "rank": 16,
                 *           "team": {
                 *             "name": "Metz",
                 *             "shortName": "FCM",
                 *             "color": "#7a0f2b"
                 *           },
                 *           "played": 34,
                 *           "won": 8,
                 *           "drawn": 5,
                 *           "lost": 21,
                 *           "goalsFor": 35,
                 *           "goalsAgainst": 58,
                 *           "points": 29,
                 *           "form": "WLLWL"
                 *         },
                 *         {
                 *           "rank": 17,
                 *           "team": {
                 *             "name": "Lorient",
                 *             "shortName": "FCL",
                 *             "color": "#f37021"
                 *           },
                 *           "played": 34,
                 *           "won": 7,
                 *           "drawn": 8,
                 *           "lost": 19,
                 *           "goalsFor": 43,
                 *           "goalsAgainst": 66,
                 *           "points": 29,
                 *           "form": "LDLWL"
                 *         },
                 *         {
                 *           "rank": 18,
                 *           "team": {
                 *             "name": "Clermont",
                 *             "shortName": "CF63",
                 *             "color": "#c1272d"
                 *           },
                 *           "played": 34,
                 *           "won": 5,
                 *           "drawn": 10,
                 *           "lost": 19,
                 *           "goalsFor": 26,
                 *           "goalsAgainst": 60,
                 *           "points": 25,
                 *           "form": "LDDLL"
                 *         }
                 *       ],
                 *       "zones": [
                 *         {
                 *           "from": 1,
                 *           "to": 3,
                 *           "label": "Ligue des champions",
                 *           "color": "#1d4ed8"
                 *         },
                 *         {
                 *           "from": 4,
                 *           "to": 4,
                 *           "label": "Qualif. Ligue des champions",
                 *           "color": "#0ea5e9"
                 *         },
                 *         {
                 *           "from": 5,
                 *           "to": 5,
                 *           "label": "Ligue Europa",
                 *           "color": "#f97316"
                 *         },
                 *         {
                 *           "from": 6,
                 *           "to": 6,
                 *           "label": "Ligue Conférence",
                 *           "color": "#16a34a"
                 *         },
                 *         {
                 *           "from": 16,
                 *           "to": 16,
                 *           "label": "Barrage",
                 *           "color": "#f59e0b"
                 *         },
                 *         {
                 *           "from": 17,
                 *           "to": 18,
                 *           "label": "Relégation",
                 *           "color": "#dc2626"
                 *         }
                 *       ],
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["StandingsPayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    signStandingsSvg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "competition": "Ligue 1",
                 *       "matchday": 34,
                 *       "rows": [
                 *         {
                 *           "rank": 1,
                 *           "team": {
                 *             "name": "Paris SG",
                 *             "shortName": "PSG",
                 *             "color": "#004170"
                 *           },
                 *           "played": 34,
                 *           "won": 22,
                 *           "drawn": 10,
                 *           "lost": 2,
                 *           "goalsFor": 81,
                 *           "goalsAgainst": 33,
                 *           "points": 76,
                 *           "form": "WDLWD"
                 *         },
                 *         {
                 *           "rank": 2,
                 *           "team": {
                 *             "name": "Monaco",
                 *             "shortName": "ASM",
                 *             "color": "#e30613"
                 *           },
                 *           "played": 34,
                 *           "won": 20,
                 *           "drawn": 7,
                 *           "lost": 7,
                 *           "goalsFor": 68,
                 *           "goalsAgainst": 42,
                 *           "points": 67,
                 *           "form": "WWWLW"
                 *         },
                 *         {
                 *           "rank": 3,
                 *           "team": {
                 *             "name": "Brest",
                 *             "shortName": "SB29",
                 *             "color": "#e2001a"
                 *           },
                 *           "played": 34,
                 *           "won": 17,
                 *           "drawn": 10,
                 *           "lost": 7,
                 *           "goalsFor": 53,
                 *           "goalsAgainst": 34,
                 *           "points": 61,
                 *           "form": "DWLWD"
                 *         },
                 *         {
                 *           "rank": 4,
                 *           "team": {
                 *             "name": "Lille",
                 *             "shortName": "LOSC",
                 *             "color": "#c8102e"
                 *           },
                 *           "played": 34,
                 *           "won": 16,
                 *           "drawn": 11,
                 *           "lost": 7,
                 *           "goalsFor": 52,
                 *           "goalsAgainst": 34,
                 *           "points": 59,
                 *           "form": "WDWWD"
                 *         },
                 *         {
                 *           "rank": 5,
                 *           "team": {
                 *             "name": "Nice",
                 *             "shortName": "OGCN",
                 *             "color": "#111111"
                 *           },
                 *           "played": 34,
                 *           "won": 15,
                 *           "drawn": 10,
                 *           "lost": 9,
                 *           "goalsFor": 40,
                 *           "goalsAgainst": 29,
                 *           "points": 55,
                 *           "form": "LWWWL"
                 *         },
                 *         {
                 *           "rank": 6,
                 *           "team": {
                 *             "name": "Lyon",
                 *             "shortName": "OL",
                 *             "color": "#1d3f8f"
                 *           },
                 *           "played": 34,
                 *           "won": 16,
                 *           "drawn": 5,
                 *           "lost": 13,
                 *           "goalsFor": 49,
                 *           "goalsAgainst": 55,
                 *           "points": 53,
                 *           "form": "WWWLW"
                 *         },
                 *         {
                 *           "rank": 7,
                 *           "team": {
                 *             "name": "Lens",
                 *             "shortName": "RCL",
                 *             "color": "#f5c400"
                 *           },
                 *           "played": 34,
                 *           "won": 14,
                 *           "drawn": 9,
                 *           "lost": 11,
                 *           "goalsFor": 45,
                 *           "goalsAgainst": 37,
                 *           "points": 51,
                 *           "form": "LLWWD"
                 *         },
                 *         {
                 *           "rank": 8,
                 *           "team": {
                 *             "name": "Marseille",
                 *             "shortName": "OM",
                 *             "color": "#2faee0"
                 *           },
                 *           "played": 34,
                 *           "won": 13,
                 *           "drawn": 11,
                 *           "lost": 10,
                 *           "goalsFor": 52,
                 *           "goalsAgainst": 41,
                 *           "points": 50,
                 *           "form": "WLDWL",
                 *           "highlight": true
                 *         },
                 *         {
                 *           "rank": 9,
                 *           "team": {
                 *             "name": "Reims",
                 *             "shortName": "SDR",
                 *             "color": "#d0021b"
                 *           },
                 *           "played": 34,
                 *           "won": 13,
                 *           "drawn": 8,
                 *           "lost": 13,
                 *           "goalsFor": 42,
                 *           "goalsAgainst": 47,
                 *           "points": 47,
                 *           "form": "LDLWL"
                 *         },
                 *         {
                 *           "rank": 10,
                 *           "team": {
                 *             "name": "Rennes",
                 *             "shortName": "SRFC",
                 *             "color": "#e10600"
                 *           },
                 *           "played": 34,
                 *           "won": 12,
                 *           "drawn": 10,
                 *           "lost": 12,
                 *           "goalsFor": 53,
                 *           "goalsAgainst": 46,
                 *           "points": 46,
                 *           "form": "DLWLD"
                 *         },
                 *         {
                 *           "rank": 11,
                 *           "team": {
                 *             "name": "Toulouse",
                 *             "shortName": "TFC",
                 *             "color": "#5b2a86"
                 *           },
                 *           "played": 34,
                 *           "won": 11,
                 *           "drawn": 11,
                 *           "lost": 12,
                 *           "goalsFor": 42,
                 *           "goalsAgainst": 46,
                 *           "points": 44,
                 *           "form": "DDWLW"
                 *         },
                 *         {
                 *           "rank": 12,
                 *           "team": {
                 *             "name": "Montpellier",
                 *             "shortName": "MHSC",
                 *             "color": "#f58220"
                 *           },
                 *           "played": 34,
                 *           "won": 10,
                 *           "drawn": 11,
                 *           "lost": 13,
                 *           "goalsFor": 43,
                 *           "goalsAgainst": 48,
                 *           "points": 41,
                 *           "form": "LWDDW"
                 *         },
                 *         {
                 *           "rank": 13,
                 *           "team": {
                 *             "name": "Strasbourg",
                 *             "shortName": "RCSA",
                 *             "color": "#009fe3"
                 *           },
                 *           "played": 34,
                 *           "won": 10,
                 *           "drawn": 9,
                 *           "lost": 15,
                 *           "goalsFor": 39,
                 *           "goalsAgainst": 49,
                 *           "points": 39,
                 *           "form": "WLLDL"
                 *         },
                 *         {
                 *           "rank": 14,
                 *           "team": {
                 *             "name": "Nantes",
                 *             "shortName": "FCN",
                 *             "color": "#fcd405"
                 *           },
                 *           "played": 34,
                 *           "won": 9,
                 *           "drawn": 6,
                 *           "lost": 19,
                 *           "goalsFor": 30,
                 *           "goalsAgainst": 55,
                 *           "points": 33,
                 *           "form": "WLWLL"
                 *         },
                 *         {
                 *           "rank": 15,
                 *           "team": {
                 *             "name": "Le Havre",
                 *             "shortName": "HAC",
                 *             "color": "#5aa0d8"
                 *           },
                 *           "played": 34,
                 *           "won": 7,
                 *           "drawn": 11,
                 *           "lost": 16,
                 *           "goalsFor": 34,
                 *           "goalsAgainst": 45,
                 *           "points": 32,
                 *           "form": "DLDLD"
                 *         },
                 *         {
                 *           "rank": 16,
                 *           "team": {
                 *             "name": "Metz",
                 *             "shortName": "FCM",
                 *             "color": "#7a0f2b"
                 *           },
                 *           "played": 34,
                 *           "won": 8,
                 *           "drawn": 5,
                 *           "lost": 21,
                 *           "goalsFor": 35,
                 *           "goalsAgainst": 58,
                 *           "points": 29,
                 *           "form": "WLLWL"
                 *         },
                 *         {
                 *           "rank": 17,
                 *           "team": {
                 *             "name": "Lorient",
                 *             "shortName": "FCL",
                 *             "color": "#f37021"
                 *           },
                 *           "played": 34,
                 *           "won": 7,
                 *           "drawn": 8,
                 *           "lost": 19,
                 *           "goalsFor": 43,
                 *           "goalsAgainst": 66,
                 *           "points": 29,
                 *           "form": "LDLWL"
                 *         },
                 *         {
                 *           "rank": 18,
                 *           "team": {
                 *             "name": "Clermont",
                 *             "shortName": "CF63",
                 *             "color": "#c1272d"
                 *           },
                 *           "played": 34,
                 *           "won": 5,
                 *           "drawn": 10,
                 *           "lost": 19,
                 *           "goalsFor": 26,
                 *           "goalsAgainst": 60,
                 *           "points": 25,
                 *           "form": "LDDLL"
                 *         }
                 *       ],
                 *       "zones": [
                 *         {
                 *           "from": 1,
                 *           "to": 3,
                 *           "label": "Ligue des champions",
                 *           "color": "#1d4ed8"
                 *         },
                 *         {
                 *           "from": 4,
                 *           "to": 4,
                 *           "label": "Qualif. Ligue des champions",
                 *           "color": "#0ea5e9"
                 *         },
                 *         {
                 *           "from": 5,
                 *           "to": 5,
                 *           "label": "Ligue Europa",
                 *           "color": "#f97316"
                 *         },
                 *         {
                 *           "from": 6,
                 *           "to": 6,
                 *           "label": "Ligue Conférence",
                 *           "color": "#16a34a"
                 *         },
                 *         {
                 *           "from": 16,
                 *           "to": 16,
                 *           "label": "Barrage",
                 *           "color": "#f59e0b"
                 *         },
                 *         {
                 *           "from": 17,
                 *           "to": 18,
                 *           "label": "Relégation",
                 *           "color": "#dc2626"
                 *         }
                 *       ],
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["StandingsPayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    signStandingsHtml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "competition": "Ligue 1",
                 *       "matchday": 34,
                 *       "rows": [
                 *         {
                 *           "rank": 1,
                 *           "team": {
                 *             "name": "Paris SG",
                 *             "shortName": "PSG",
                 *             "color": "#004170"
                 *           },
                 *           "played": 34,
                 *           "won": 22,
                 *           "drawn": 10,
                 *           "lost": 2,
                 *           "goalsFor": 81,
                 *           "goalsAgainst": 33,
                 *           "points": 76,
                 *           "form": "WDLWD"
                 *         },
                 *         {
                 *           "rank": 2,
                 *           "team": {
                 *             "name": "Monaco",
                 *             "shortName": "ASM",
                 *             "color": "#e30613"
                 *           },
                 *           "played": 34,
                 *           "won": 20,
                 *           "drawn": 7,
                 *           "lost": 7,
                 *           "goalsFor": 68,
                 *           "goalsAgainst": 42,
                 *           "points": 67,
                 *           "form": "WWWLW"
                 *         },
                 *         {
                 *           "rank": 3,
                 *           "team": {
                 *             "name": "Brest",
                 *             "shortName": "SB29",
                 *             "color": "#e2001a"
                 *           },
                 *           "played": 34,
                 *           "won": 17,
                 *           "drawn": 10,
                 *           "lost": 7,
                 *           "goalsFor": 53,
                 *           "goalsAgainst": 34,
                 *           "points": 61,
                 *           "form": "DWLWD"
                 *         },
                 *         {
                 *           "rank": 4,
                 *           "team": {
                 *             "name": "Lille",
                 *             "shortName": "LOSC",
                 *             "color": "#c8102e"
                 *           },
                 *           "played": 34,
                 *           "won": 16,
                 *           "drawn": 11,
                 *           "lost": 7,
                 *           "goalsFor": 52,
                 *           "goalsAgainst": 34,
                 *           "points": 59,
                 *           "form": "WDWWD"
                 *         },
                 *         {
                 *           "rank": 5,
                 *           "team": {
                 *             "name": "Nice",
                 *             "shortName": "OGCN",
                 *             "color": "#111111"
                 *           },
                 *           "played": 34,
                 *           "won": 15,
                 *           "drawn": 10,
                 *           "lost": 9,
                 *           "goalsFor": 40,
                 *           "goalsAgainst": 29,
                 *           "points": 55,
                 *           "form": "LWWWL"
                 *         },
                 *         {
                 *           "rank": 6,
                 *           "team": {
                 *             "name": "Lyon",
                 *             "shortName": "OL",
                 *             "color": "#1d3f8f"
                 *           },
                 *           "played": 34,
                 *           "won": 16,
                 *           "drawn": 5,
                 *           "lost": 13,
                 *           "goalsFor": 49,
                 *           "goalsAgainst": 55,
                 *           "points": 53,
                 *           "form": "WWWLW"
                 *         },
                 *         {
                 *           "rank": 7,
                 *           "team": {
                 *             "name": "Lens",
                 *             "shortName": "RCL",
                 *             "color": "#f5c400"
                 *           },
                 *           "played": 34,
                 *           "won": 14,
                 *           "drawn": 9,
                 *           "lost": 11,
                 *           "goalsFor": 45,
                 *           "goalsAgainst": 37,
                 *           "points": 51,
                 *           "form": "LLWWD"
                 *         },
                 *         {
                 *           "rank": 8,
                 *           "team": {
                 *             "name": "Marseille",
                 *             "shortName": "OM",
                 *             "color": "#2faee0"
                 *           },
                 *           "played": 34,
                 *           "won": 13,
                 *           "drawn": 11,
                 *           "lost": 10,
                 *           "goalsFor": 52,
                 *           "goalsAgainst": 41,
                 *           "points": 50,
                 *           "form": "WLDWL",
                 *           "highlight": true
                 *         },
                 *         {
                 *           "rank": 9,
                 *           "team": {
                 *             "name": "Reims",
                 *             "shortName": "SDR",
                 *             "color": "#d0021b"
                 *           },
                 *           "played": 34,
                 *           "won": 13,
                 *           "drawn": 8,
                 *           "lost": 13,
                 *           "goalsFor": 42,
                 *           "goalsAgainst": 47,
                 *           "points": 47,
                 *           "form": "LDLWL"
                 *         },
                 *         {
                 *           "rank": 10,
                 *           "team": {
                 *             "name": "Rennes",
                 *             "shortName": "SRFC",
                 *             "color": "#e10600"
                 *           },
                 *           "played": 34,
                 *           "won": 12,
                 *           "drawn": 10,
                 *           "lost": 12,
                 *           "goalsFor": 53,
                 *           "goalsAgainst": 46,
                 *           "points": 46,
                 *           "form": "DLWLD"
                 *         },
                 *         {
                 *           "rank": 11,
                 *           "team": {
                 *             "name": "Toulouse",
                 *             "shortName": "TFC",
                 *             "color": "#5b2a86"
                 *           },
                 *           "played": 34,
                 *           "won": 11,
                 *           "drawn": 11,
                 *           "lost": 12,
                 *           "goalsFor": 42,
                 *           "goalsAgainst": 46,
                 *           "points": 44,
                 *           "form": "DDWLW"
                 *         },
                 *         {
                 *           "rank": 12,
                 *           "team": {
                 *             "name": "Montpellier",
                 *             "shortName": "MHSC",
                 *             "color": "#f58220"
                 *           },
                 *           "played": 34,
                 *           "won": 10,
                 *           "drawn": 11,
                 *           "lost": 13,
                 *           "goalsFor": 43,
                 *           "goalsAgainst": 48,
                 *           "points": 41,
                 *           "form": "LWDDW"
                 *         },
                 *         {
                 *           "rank": 13,
                 *           "team": {
                 *             "name": "Strasbourg",
                 *             "shortName": "RCSA",
                 *             "color": "#009fe3"
                 *           },
                 *           "played": 34,
                 *           "won": 10,
                 *           "drawn": 9,
                 *           "lost": 15,
                 *           "goalsFor": 39,
                 *           "goalsAgainst": 49,
                 *           "points": 39,
                 *           "form": "WLLDL"
                 *         },
                 *         {
                 *           "rank": 14,
                 *           "team": {
                 *             "name": "Nantes",
                 *             "shortName": "FCN",
                 *             "color": "#fcd405"
                 *           },
                 *           "played": 34,
                 *           "won": 9,
                 *           "drawn": 6,
                 *           "lost": 19,
                 *           "goalsFor": 30,
                 *           "goalsAgainst": 55,
                 *           "points": 33,
                 *           "form": "WLWLL"
                 *         },
                 *         {
                 *           "rank": 15,
                 *           "team": {
                 *             "name": "Le Havre",
                 *             "shortName": "HAC",
                 *             "color": "#5aa0d8"
                 *           },
                 *           "played": 34,
                 *           "won": 7,
                 *           "drawn": 11,
                 *           "lost": 16,
                 *           "goalsFor": 34,
                 *           "goalsAgainst": 45,
                 *           "points": 32,
                 *           "form": "DLDLD"
                 *         },
                 *         {
                 *           "rank": 16,
                 *           "team": {
                 *             "name": "Metz",
                 *             "shortName": "FCM",
                 *             "color": "#7a0f2b"
                 *           },
                 *           "played": 34,
                 *           "won": 8,
                 *           "drawn": 5,
                 *           "lost": 21,
                 *           "goalsFor": 35,
                 *           "goalsAgainst": 58,
                 *           "points": 29,
                 *           "form": "WLLWL"
                 *         },
                 *         {
                 *           "rank": 17,
                 *           "team": {
                 *             "name": "Lorient",
                 *             "shortName": "FCL",
                 *             "color": "#f37021"
                 *           },
                 *           "played": 34,
                 *           "won": 7,
                 *           "drawn": 8,
                 *           "lost": 19,
                 *           "goalsFor": 43,
                 *           "goalsAgainst": 66,
                 *           "points": 29,
                 *           "form": "LDLWL"
                 *         },
                 *         {
                 *           "rank": 18,
                 *           "team": {
                 *             "name": "Clermont",
                 *             "shortName": "CF63",
                 *             "color": "#c1272d"
                 *           },
                 *           "played": 34,
                 *           "won": 5,
                 *           "drawn": 10,
                 *           "lost": 19,
                 *           "goalsFor": 26,
                 *           "goalsAgainst": 60,
                 *           "points": 25,
                 *           "form": "LDDLL"
                 *         }
                 *       ],
                 *       "zones": [
                 *         {
                 *           "from": 1,
                 *           "to": 3,
                 *           "label": "Ligue des champions",
                 *           "color": "#1d4ed8"
                 *         },
                 *         {
                 *           "from": 4,
                 *           "to": 4,
                 *           "label": "Qualif. Ligue des champions",
                 *           "color": "#0ea5e9"
                 *         },
                 *         {
                 *           "from": 5,
                 *           "to": 5,
                 *           "label": "Ligue Europa",
                 *           "color": "#f97316"
                 *         },
                 *         {
                 *           "from": 6,
                 *           "to": 6,
                 *           "label": "Ligue Conférence",
                 *           "color": "#16a34a"
                 *         },
                 *         {
                 *           "from": 16,
                 *           "to": 16,
                 *           "label": "Barrage",
                 *           "color": "#f59e0b"
                 *         },
                 *         {
                 *           "from": 17,
                 *           "to": 18,
                 *           "label": "Relégation",
                 *           "color": "#dc2626"
                 *         }
                 *       ],
                 *       "locale": "fr"
                 *     }
                 */
                "application/json": components["schemas"]["StandingsPayload"];
            };
        };
        responses: {
            /** @description The signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            503: components["responses"]["Error503"];
        };
    };
    listTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The kinds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateList"];
                };
            };
        };
    };
    getTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "quote" | "score" | "post" | "fixture" | "lineup" | "player" | "standings";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The kind */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            404: components["responses"]["Error404"];
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    openapi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    docs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interactive reference of this document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    docsSlash: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirects to /docs */
            301: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    docsScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Starts the reference page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
        };
    };
    docsScalar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Scalar’s API Reference, served by this service (no CDN) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
        };
    };
    home: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirects to the editor */
            302: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    editor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A form generated from GET /v1/templates with a live preview */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    editorSlash: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirects to /editor */
            301: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    editorScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The editor’s script */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
        };
    };
    editorStyles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The editor’s stylesheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/css": string;
                };
            };
        };
    };
    editorQueryForm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dotted GET form’s code, shared by the API and the editor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
        };
    };
}
