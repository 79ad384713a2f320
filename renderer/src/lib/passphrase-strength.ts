// The estimate lives in shared/ so the CLI refuses the same passphrases the window does.
export * from '../../../shared/passphrase/strength';
