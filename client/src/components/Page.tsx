import type { PropsWithChildren } from 'react';
import { View, Text } from '@tarojs/components';
import { usePageFontSize } from '@/hooks/useFontScale';
import { HomeLink } from './HomeLink';

interface PageProps {
  title?: string;
  /** One line under the title, e.g. the organisation. */
  subtitle?: string;
}

/** Every page's frame: the font size that follows the user's setting, and the page heading. */
export function Page({ title, subtitle, children }: PropsWithChildren<PageProps>) {
  const fontSize = usePageFontSize();
  return (
    <View className='page' role='main' style={fontSize ? { fontSize } : undefined}>
      <HomeLink />
      {title ? (
        <View className='page-head'>
          <Text className='page-title' role='heading' aria-level={1}>
            {title}
          </Text>
          {subtitle ? <Text className='page-subtitle'>{subtitle}</Text> : null}
        </View>
      ) : null}
      {children}
    </View>
  );
}
