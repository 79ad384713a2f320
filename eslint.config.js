import tseslint from 'typescript-eslint';
import layering from './scripts/eslint/layering.js';

const root = import.meta.dirname;

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'build/**', 'test-output/**', 'bench-output/**', 'release/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { local: { rules: { layering } }, '@typescript-eslint': tseslint.plugin },
    rules: {
      'local/layering': ['error', { root }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='console'][property.name='trace']", message: 'No stack dumps.' },
      ],
    },
  },
);
