/**
 * Field limits shared by the card schemas. Each is a named constant with the reason it has that value:
 * a card is a fixed-size image, so past these lengths text can only shrink to unreadable or be cut.
 */

/** A quote card shows at most a long paragraph; beyond ~600 characters even the minimum size cannot fit. */
export const MAX_QUOTE_CHARS = 600;
/** Posts on X are 280 characters, others allow more; a card can show about 1,000 at its smallest size. */
export const MAX_POST_CHARS = 1000;
/** Person, team and competition names: the longest club names are ~50 characters; 80 leaves room. */
export const MAX_NAME_CHARS = 80;
/** Secondary lines (role, source, venue, stage): one line on the card. */
export const MAX_LINE_CHARS = 120;
/** Platform handles are at most 30 characters (Instagram), 50 covers Mastodon's user@host. */
export const MAX_HANDLE_CHARS = 50;
/** Short team names (OM, PSG) show inside tight score boxes. */
export const MAX_SHORT_NAME_CHARS = 5;
/** Score card events: more than 12 per team cannot be listed legibly even on a story card. */
export const MAX_EVENTS = 24;
/** A goal count; 99 is the most two digits show. */
export const MAX_SCORE = 99;
/**
 * Inline images (avatars, crests) as data: URIs. 300 KB of base64 is a 220 KB image, ample for a 256 px
 * avatar; larger payloads only slow the render and the request.
 */
export const MAX_IMAGE_DATA_URI_CHARS = 300_000;
/** A remote image URL (fetched only when the service allows remote images): 2,048 is the common URL cap. */
export const MAX_IMAGE_URL_CHARS = 2048;
/** Scale multiplies the pixel size; 3 gives a 3240×5760 story, beyond that PNGs reach tens of MB. */
export const MIN_SCALE = 1;
export const MAX_SCALE = 3;
/**
 * Years a date on a card may have. A card's date is when a match, post or quote happened: the game's
 * history starts in the 19th century (Sheffield FC, 1857; OM, 1899), and fixtures are published a few
 * seasons ahead at most. Outside that range a year is a typo (0202, 2204) that would print as "May 2, 202",
 * or as "January 1, 0" for year 0000, which no calendar has.
 */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;
/**
 * Changes of style (plain ↔ 𝗯𝗼𝗹𝗱 ↔ 𝘪𝘵𝘢𝘭𝘪𝘤 …) in all the text of one card. Each styled run is one element
 * for satori to lay out in its own face, ~0.5% of a whole card's render each (`npm run bench`, "alternating
 * styles"): 1,000 characters alternating at every letter made 666 runs and cost 3–6× the same letters plain
 * (seconds of a worker), a score card with alternating names ~3×. At 64 the costliest accepted post measured
 * 1.0–1.3× its plain twin, while real text changes style a handful of times (the seed post: 2; 24 score events
 * naming "Chancel 𝗠𝗯𝗲𝗺𝗯𝗮", a plain first name and a bold surname: 24).
 */
export const MAX_STYLE_CHANGES = 64;

// Match-day kinds (fixture, lineup, player, standings).

/** A starting line-up is a goalkeeper and ten outfield players: the laws of the game. */
export const STARTING_PLAYERS = 11;
/** Most competitions name 7 to 12 substitutes (UEFA and Ligue 1: 12); more cannot be listed legibly. */
export const MAX_SUBSTITUTES = 12;
/** Shirt numbers run from 1 to 99 in every league that registers them. */
export const MAX_SHIRT_NUMBER = 99;
/** A player card shows up to 6 figures (two rows of three) before they turn into a spreadsheet. */
export const MAX_PLAYER_STATS = 6;
/** A stat label ("Passes réussies", "Duels gagnés") shows under its figure in a third of the card. */
export const MAX_STAT_LABEL_CHARS = 40;
/** A stat value is a figure: "54", "0.8", "92 %", "3/4". */
export const MAX_STAT_VALUE_CHARS = 8;
/** Labels and headlines ("Derby", "Player of the match") are one short line in a pill. */
export const MAX_LABEL_CHARS = 40;
/** Broadcasters of one match in one country: rarely more than 3; 4 fill the footer line. */
export const MAX_BROADCASTERS = 4;
/** The largest top-flight leagues have 20 clubs; 20 rows is what a story card shows legibly. */
export const MAX_STANDINGS_ROWS = 20;
/** A rank, matchday or window bound: leagues have at most a few dozen clubs and matchdays. */
export const MAX_RANK = 99;
/** Matches played, won, drawn or lost in one season: 2 digits (the longest seasons have 46 matches). */
export const MAX_MATCHES = 99;
/** Goals for or against in one season: 3 digits. */
export const MAX_SEASON_GOALS = 999;
/** Points can go below zero after deductions; 3 digits either way fit the points column. */
export const MIN_POINTS = -99;
export const MAX_POINTS = 999;
/** Zones of a table (title, Europe, play-offs, relegation…): more than 6 do not fit one legend line. */
export const MAX_ZONES = 6;
