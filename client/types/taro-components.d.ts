// Accessibility roles render as `role` in H5 and are read by screen readers; WeChat ignores them.
import '@tarojs/components/types/common';

declare module '@tarojs/components/types/common' {
  interface StandardProps {
    role?: string;
  }
}
