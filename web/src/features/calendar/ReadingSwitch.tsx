import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { applyFieldErrors, errorMessage } from '../../lib/forms';
import { RULES_KEY, type ReadingSet, type RulesListing, type StoredReading } from './api';

interface Values {
  unit: ReadingSet['unit'];
  instruction: string;
}

/**
 * How "ngày" is read in the rule set's resolution periods, for a whole-tree administrator who received the
 * inspectorate's written instruction (the server refuses anyone else and keeps the change in the audit log).
 */
export function ReadingSwitch({ ruleSet }: { ruleSet: RulesListing['ruleSet'] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const current = ruleSet.reading;
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body: ReadingSet = { unit: v.unit, instruction: v.instruction.trim(), version: current?.version ?? 0 };
      return api.put<StoredReading>(`/api/deadlines/readings/${ruleSet.id}`, body);
    },
    onSuccess: async () => {
      message.success(t('deadline.reading.saved'));
      await queryClient.invalidateQueries({ queryKey: RULES_KEY });
    },
    onError: (error) => applyFieldErrors(form, error),
  });

  return (
    <div className="reading-switch" data-testid="reading-switch">
      <Typography.Text strong className="block">
        {t('deadline.reading.title')}
      </Typography.Text>
      <Typography.Text type="secondary" className="block reading-switch-hint">
        {current ? t('deadline.reading.current', { unit: current.unitLabel, instruction: current.instruction }) : t('deadline.reading.default')}
        {' · '}
        {t('deadline.reading.hint')}
      </Typography.Text>
      {save.isError ? <Alert type="error" showIcon title={errorMessage(save.error, t)} style={{ marginBottom: 8 }} /> : null}
      <Form<Values>
        key={`${ruleSet.id}:${current?.version ?? 0}`}
        form={form}
        layout="inline"
        initialValues={{ unit: current?.unit ?? 'calendar', instruction: current?.instruction ?? '' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Flex gap={8} wrap align="flex-start">
          <Form.Item name="unit" style={{ marginBottom: 0 }}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'calendar', label: t('deadline.reading.calendar') },
                { value: 'working', label: t('deadline.reading.working') },
              ]}
            />
          </Form.Item>
          <Form.Item name="instruction" rules={[{ required: true, whitespace: true, message: t('deadline.reading.instructionRequired') }]} style={{ marginBottom: 0, minWidth: 280 }}>
            <Input aria-label={t('deadline.reading.instruction')} placeholder={t('deadline.reading.instructionPlaceholder')} maxLength={300} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="reading-save">
            {t('deadline.reading.save')}
          </Button>
        </Flex>
      </Form>
    </div>
  );
}
