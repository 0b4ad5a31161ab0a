// DOM matchers for component tests: toBeInTheDocument, toHaveTextContent, toBeDisabled, ...
import '@testing-library/jest-dom';

// Each test starts with the device's storage empty (drafts, profiles, check-ins), as on a new phone.
afterEach(() => localStorage.clear());
