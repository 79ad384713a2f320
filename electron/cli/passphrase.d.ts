export declare function promptHidden(question: string): Promise<string>;
export declare function readPassphraseFile(file: string): string;
export declare function getPassphrase(opts: {
    env: NodeJS.ProcessEnv;
    envName: string;
    file?: string;
    prompt: string;
    confirm?: boolean;
}): Promise<string>;
