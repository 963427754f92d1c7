import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

/** Title, one line saying what the screen is for, and the screen's primary actions on the right. */
export function PageHeader({ title, subtitle, extra }: { title: ReactNode; subtitle?: ReactNode; extra?: ReactNode }) {
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap className="gap-after">
      <div>
        <Typography.Title level={3} className="flush">
          {title}
        </Typography.Title>
        {subtitle ? (
          <Typography.Text type="secondary" className="page-subtitle">
            {subtitle}
          </Typography.Text>
        ) : null}
      </div>
      {extra ? <Flex gap={8} wrap>{extra}</Flex> : null}
    </Flex>
  );
}
