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
            /** @description Portrait as a data: URI; initials are drawn without it */
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
            locale?: "en" | "fr";
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
                /** @description Crest as a data: URI; a monogram is drawn without it */
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
                /** @description Crest as a data: URI; a monogram is drawn without it */
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
            locale?: "en" | "fr";
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
                /** @description data:image/(png|jpeg|gif);base64,… or an https:// URL (fetched only from allow-listed hosts) */
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
            locale?: "en" | "fr";
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
         *     - `remote_image_invalid_url` (400): an avatar or crest URL is not a valid absolute URL
         *     - `remote_image_forbidden` (400): an avatar or crest URL is refused by policy (scheme, host allow-list, address)
         *     - `remote_image_too_large` (400): a remote image is over CARD_REMOTE_IMAGE_MAX_BYTES
         *     - `remote_image_bad_type` (400): a remote image is not a PNG, JPEG or GIF
         *     - `remote_image_failed` (502): the image host failed (DNS, connection, status, redirects)
         *     - `remote_image_timeout` (504): fetching a remote image took longer than CARD_REMOTE_IMAGE_TIMEOUT_MS
         * @enum {string}
         */
        ErrorCode: "invalid_payload" | "invalid_query" | "invalid_json" | "bad_request" | "unknown_kind" | "unknown_format" | "not_found" | "payload_too_large" | "uri_too_long" | "url_too_long" | "headers_too_large" | "request_timeout" | "precondition_failed" | "client_closed" | "unsupported_media_type" | "method_not_allowed" | "unauthorized" | "signature_required" | "signature_invalid" | "signing_unavailable" | "shutting_down" | "overloaded" | "render_timeout" | "render_failed" | "remote_image_invalid_url" | "remote_image_forbidden" | "remote_image_too_large" | "remote_image_bad_type" | "remote_image_failed" | "remote_image_timeout";
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
            kind: "quote" | "score" | "post";
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
            kind: "quote" | "score" | "post";
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
        /** @description Internal error: `render_failed` (a render worker died mid-render (it is replaced; only that request fails)) */
        Error500: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "render_failed";
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
        "quote.locale": "en" | "fr";
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
        "score.locale": "en" | "fr";
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
        "post.locale": "en" | "fr";
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
                kind: "quote" | "score" | "post";
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
