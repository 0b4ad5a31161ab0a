import type { PropsWithChildren, ReactNode } from 'react';
import { View, Text } from '@tarojs/components';

interface CardProps {
  title?: ReactNode;
  className?: string;
}

export function Card({ title, className, children }: PropsWithChildren<CardProps>) {
  return (
    <View className={`card${className ? ` ${className}` : ''}`}>
      {title ? (
        <Text className='card-title' role='heading' aria-level={2}>
          {title}
        </Text>
      ) : null}
      {children}
    </View>
  );
}

/** A label and its value on one row that wraps on narrow screens. */
export function Field({ label, children }: PropsWithChildren<{ label: string }>) {
  return (
    <View className='field-row'>
      <Text className='field-label'>{label}</Text>
      <View className='field-value'>{children}</View>
    </View>
  );
}

/** A date that never breaks across lines (“2026年12/月31日” reads as two dates). */
export function DateText({ children }: PropsWithChildren) {
  return <Text className='nowrap'>{children}</Text>;
}

const CHINESE_DATE = /(\d{4}年\d{1,2}月\d{1,2}日|（周.）)/;

/** A sentence with each of its Chinese dates (2026年7月6日) and weekdays (（周一）) kept on one line. */
export function WithDates({ text }: { text: string }) {
  return (
    <>
      {text.split(CHINESE_DATE).map((part, index) =>
        index % 2 === 1 ? (
          <Text key={index} className='nowrap'>
            {part}
          </Text>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** 预计: the answer reaches past what a notice covers. */
export function EstimatedTag({ estimated }: { estimated: boolean }) {
  return estimated ? <Text className='tag tag-estimated'>预计</Text> : null;
}

/** The notice's own words, shown as a quotation with its source. */
export function Quote({ source, children }: PropsWithChildren<{ source?: string }>) {
  return (
    <View className='quote'>
      <Text className='quote-text'>{children}</Text>
      {source ? <Text className='quote-source'>—— {source}</Text> : null}
    </View>
  );
}
