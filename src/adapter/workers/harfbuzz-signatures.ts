/** emscripten's wasm signature letters: `p` (pointer) is an i32 on wasm32, so `ippi` and `iiii` share a wrapper. */
export const wrapperKey = (sig: string): string => sig.replace(/p/g, 'i');
