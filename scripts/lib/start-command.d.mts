export declare const START_ENV: Readonly<Record<string, string>>;
export declare const START_NODE_FLAGS: readonly string[];
