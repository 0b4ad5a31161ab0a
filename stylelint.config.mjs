// Stylesheet lint: what WeChat's stylesheet compiler (wcsc) refuses must not reach the
// source CSS. A refused app.wxss leaves every page of the mini program unstyled.
export default {
  rules: {
    // `.a > *`: wcsc "error at token `*`".
    'selector-max-universal': 0,
    // `@layer`: wcsc "unexpected `{`".
    'at-rule-disallowed-list': ['layer'],
    // `@import url(…)`: wcsc "error at token `url`"; `@import '…'` compiles.
    'import-notation': 'string',
  },
};
