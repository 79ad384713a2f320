export declare function mimeTypeFor(fileName: string): string;
