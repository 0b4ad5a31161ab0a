import { View, Text } from '@tarojs/components';
import { Card } from '@/components/Card';
import { StaffFrame } from '@/packages/staff/components/StaffFrame';
import { openStaff } from '@/lib/navigate';
import { STAFF_SECTIONS } from '@/packages/staff/lib/sections';

/** The console's start: what each section is for. */
export default function StaffHome() {
  return (
    <StaffFrame title='机构工作台' section='home'>
      {({ orgId, orgName }) => (
        <View>
          <Text className='block muted small'>您以 {orgName} 工作人员的身份登录。这里的操作只涉及本机构，并全部记入操作记录。</Text>
          <View className='grid'>
            {STAFF_SECTIONS.map((section) => (
              <View className='grid-item' key={section.route} role='link' onClick={() => openStaff(section.route, orgId)}>
                <Text className='grid-item-title'>{section.title}</Text>
                <Text className='grid-item-hint'>{section.hint}</Text>
              </View>
            ))}
          </View>
          <Card title='提示'>
            <Text className='block small'>导入前请先下载对应模板；预览无误并确认后才会写入。考生只能看到自己的准考证和成绩。</Text>
          </Card>
        </View>
      )}
    </StaffFrame>
  );
}
