import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Web page text is data: React's escaping is the only way it reaches the DOM.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text must never be rendered as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Page text must never be injected as HTML.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Page text must never be injected as HTML.' },
      ],
    },
  },
);
