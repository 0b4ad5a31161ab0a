/** The text checks live with the contract's schemas in the rules module; callers here keep this path. */
export { UNSAFE_TEXT_MESSAGE, isSafeText, normaliseField } from '@skills/shared';
