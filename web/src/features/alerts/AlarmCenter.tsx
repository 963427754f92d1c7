import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Drawer, Empty, Flex, List, Modal, Tag, Typography, App } from 'antd';
import { BellOutlined, SoundOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/forms';
import { formatDateTime } from '../../lib/dates';
import { BOARD_KEYS, INCIDENTS_KEY } from '../incidents/api';
import { ALERTS_KEY, beep, useAcknowledge, useMyAlerts, type AlertDelivery } from './api';
import './alerts.css';

/** An alert that needs no acknowledgement pops up only when it is this new. */
const FRESH_MS = 60_000;

/**
 * The alarm in the app shell: listens to /api/alerts/stream (EventSource reconnects by itself and sends
 * Last-Event-ID, so nothing is lost), rings and shows every alert that must be acknowledged until its recipient
 * acknowledges it, and opens the notification centre from the bell. The same stream keeps the live board current.
 */
export function AlarmCenter() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mine = useMyAlerts();
  const ack = useAcknowledge();
  const [ringing, setRinging] = useState<AlertDelivery[]>([]);
  const [open, setOpen] = useState(false);
  const [connected, setConnected] = useState(false);
  const seen = useRef(new Set<number>());

  useEffect(() => {
    const source = new EventSource('/api/alerts/stream');
    // The live board reads itself again when the server says a change in its scope committed, and after a
    // reconnection, since board changes (unlike alerts) are not replayed.
    const boardChanged = () => {
      for (const queryKey of BOARD_KEYS) void queryClient.invalidateQueries({ queryKey });
      void queryClient.invalidateQueries({ queryKey: [...ALERTS_KEY, 'open'] });
    };
    source.onopen = () => {
      setConnected(true);
      boardChanged();
    };
    source.addEventListener('board', boardChanged);
    source.onerror = () => setConnected(false);
    source.addEventListener('alert', (event) => {
      const d = JSON.parse((event as MessageEvent<string>).data) as AlertDelivery;
      if (seen.current.has(d.seq)) return;
      seen.current.add(d.seq);
      void queryClient.invalidateQueries({ queryKey: ALERTS_KEY });
      void queryClient.invalidateQueries({ queryKey: INCIDENTS_KEY });
      if (d.mustAck && !d.ackedByMe) setRinging((r) => (r.some((x) => x.alertId === d.alertId) ? r : [...r, d]));
      // Information replayed when the page opens (a roster's publication, a missed check-in) waits in the bell.
      else if (Date.now() - Date.parse(d.createdAt) < FRESH_MS) void message.info(d.title);
    });
    return () => source.close();
  }, [queryClient, message]);

  // Rings every three seconds while anything waits for this user's acknowledgement.
  const ringingNow = ringing.length > 0;
  useEffect(() => {
    if (!ringingNow) return;
    beep();
    const timer = setInterval(beep, 3000);
    return () => clearInterval(timer);
  }, [ringingNow]);

  const current = ringing[0];
  const acknowledge = (alertId: number) =>
    ack.mutate(alertId, {
      onSuccess: () => setRinging((r) => r.filter((x) => x.alertId !== alertId)),
      onError: (error) => void message.error(errorMessage(error, t)),
    });
  const unacknowledged = mine.data?.unacknowledged ?? 0;

  return (
    <>
      <Badge count={unacknowledged} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={t('alarm.centre')}
          title={connected ? t('alarm.connected') : t('alarm.disconnected')}
          onClick={() => setOpen(true)}
          data-testid="alarm-bell"
          className={connected ? undefined : 'alarm-offline'}
        />
      </Badge>
      <Modal
        open={!!current}
        closable={false}
        maskClosable={false}
        keyboard={false}
        title={
          <Flex gap={8} align="center">
            <SoundOutlined className="alarm-icon" />
            <span>{current?.level ? t('alarm.escalated', { level: current.level }) : t('alarm.title')}</span>
          </Flex>
        }
        footer={[
          current?.subject?.type === 'incident' ? (
            <Button key="board" onClick={() => void navigate('/incidents')}>
              {t('alarm.openBoard')}
            </Button>
          ) : null,
          <Button key="ack" type="primary" danger loading={ack.isPending} onClick={() => current && acknowledge(current.alertId)} data-testid="alarm-ack">
            {t('alarm.acknowledge')}
          </Button>,
        ]}
        className="alarm-modal"
      >
        <div data-testid="alarm" role="alert">
          <Typography.Title level={4}>{current?.title}</Typography.Title>
          <Typography.Paragraph className="alarm-body">{current?.body}</Typography.Paragraph>
          {current ? (
            <Typography.Text type="secondary">
              {formatDateTime(current.createdAt)}
              {current.ackDueAt ? ` · ${t('alarm.due', { time: formatDateTime(current.ackDueAt) })}` : ''}
            </Typography.Text>
          ) : null}
          {ringing.length > 1 ? <Typography.Paragraph type="warning">{t('alarm.more', { count: ringing.length - 1 })}</Typography.Paragraph> : null}
        </div>
      </Modal>
      <Drawer open={open} onClose={() => setOpen(false)} title={t('alarm.centre')} width={460}>
        {mine.data?.items.length ? (
          <List
            dataSource={mine.data.items}
            renderItem={(d) => (
              <List.Item
                key={d.seq}
                actions={d.ackedByMe ? [] : [<Button key="ack" size="small" onClick={() => acknowledge(d.alertId)}>{t('alarm.acknowledge')}</Button>]}
              >
                <List.Item.Meta
                  title={
                    <Flex gap={6} wrap>
                      {d.ackedByMe ? <Tag color="green">{t('alarm.acked')}</Tag> : <Tag color={d.mustAck ? 'red' : 'blue'}>{d.mustAck ? t('alarm.mustAck') : t('alarm.info')}</Tag>}
                      {d.level > 0 ? <Tag color="orange">{t('alarm.levelTag', { level: d.level })}</Tag> : null}
                      <span>{d.title}</span>
                    </Flex>
                  }
                  description={formatDateTime(d.createdAt)}
                />
              </List.Item>
            )}
          />
        ) : (
          <Empty description={t('alarm.empty')} />
        )}
      </Drawer>
    </>
  );
}
