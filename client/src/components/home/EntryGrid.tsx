import { View, Button, Text } from '@tarojs/components';
import { go, type RouteName } from '@/lib/navigate';

const ENTRIES: { route: RouteName; title: string; hint: string }[] = [
  { route: 'eligibility', title: '报考条件自测', hint: '我能报哪个等级' },
  { route: 'timeline', title: '我的时间表', hint: '截止、考试、发证' },
  { route: 'ticket', title: '准考证', hint: '绑定后查看' },
  { route: 'results', title: '成绩与证书', hint: '成绩、补考、领证' },
  { route: 'projects', title: '评价项目', hint: '职业、等级、费用' },
  { route: 'apply', title: '如何报名', hint: '材料、缴费、地址' },
  { route: 'documents', title: '手册与文件', hint: '考核指导手册下载' },
  { route: 'conduct', title: '考生须知', hint: '考场纪律与处理' },
  { route: 'contact', title: '联系我们', hint: '咨询与监督电话' },
];

export function EntryGrid({ orgId }: { orgId: string }) {
  return (
    <View className='grid' role='navigation' aria-label='功能入口'>
      {ENTRIES.map((entry) => (
        <Button key={entry.route} className='grid-item' onClick={() => go(entry.route, { org: orgId })}>
          <Text className='grid-item-title'>{entry.title}</Text>
          <Text className='grid-item-hint'>{entry.hint}</Text>
        </Button>
      ))}
    </View>
  );
}
