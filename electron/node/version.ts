// The tool version recorded in vault headers and custody entries. Injected by the build; falls back for tests.
declare const __SAKSHYA_VERSION__: string | undefined;
export const TOOL_VERSION = `Sakshya ${typeof __SAKSHYA_VERSION__ === 'string' ? __SAKSHYA_VERSION__ : '0.1.0-dev'}`;
