import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleRow, RulesListing } from './api';

/**
 * What is not verified about a rule, as short plain markers; the tooltip says what is unverified and what to do.
 * The research behind them stays in the repository's documentation, never on the officer's screen.
 */
export function VerificationMarkers({ rule }: { rule: RuleRow }) {
  const { t } = useTranslation();
  return (
    <>
      {rule.unverified ? (
        <Tooltip title={t(`deadline.unconfirmedHint.${rule.unverified}`)}>
          <Tag color="orange" data-testid="deadline-unconfirmed">
            {t('deadline.unconfirmed')}
          </Tag>
        </Tooltip>
      ) : null}
      {rule.reading ? (
        <Tooltip title={t('deadline.readingHint', { instruction: rule.reading.instruction })}>
          <Tag color="blue" data-testid="deadline-reading">
            {t('deadline.readingTag', { unit: rule.reading.unitLabel })}
          </Tag>
        </Tooltip>
      ) : rule.unitConfirmed === false ? (
        <Tooltip title={t('deadline.unitCalendarHint')}>
          <Tag color="default">{t('deadline.unitCalendar')}</Tag>
        </Tooltip>
      ) : null}
    </>
  );
}

/** The rule set as a whole rests on a text not yet checked (the 2026 set and the amending law). */
export function RuleSetMarker({ ruleSet }: { ruleSet: Pick<RulesListing['ruleSet'], 'unverified'> }) {
  const { t } = useTranslation();
  if (ruleSet.unverified === null) return null;
  return (
    <Tooltip title={t('deadline.setUnverifiedHint')}>
      <Tag color="orange" data-testid="rules-set-unverified">
        {t('deadline.setUnverified')}
      </Tag>
    </Tooltip>
  );
}

/** The law behind a limit: the citation, its verification markers, the provision quoted, who must receive the document. */
export function LegalBasis({ rule, basis }: { rule: RuleRow; basis: RuleRow['basis'] }) {
  const { t } = useTranslation();
  return (
    <div className="legal-basis" data-testid="deadline-basis">
      <Flex gap={8} align="center" wrap className="legal-basis-head">
        <Typography.Text strong>{t('deadline.basis')}:</Typography.Text>
        <Typography.Text>{basis.citation}</Typography.Text>
        <VerificationMarkers rule={rule} />
      </Flex>
      <Typography.Paragraph className="legal-basis-text">{basis.text}</Typography.Paragraph>
      {rule.recipients.length > 0 ? (
        <Typography.Paragraph className="legal-basis-extra">
          <Typography.Text strong className="legal-basis-extra">
            {t('deadline.recipients')}:
          </Typography.Text>{' '}
          {rule.recipients.join('; ')}
        </Typography.Paragraph>
      ) : null}
      {rule.note ? (
        <Typography.Paragraph type="secondary" className="legal-basis-extra">
          {t('deadline.note')}: {rule.note}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
