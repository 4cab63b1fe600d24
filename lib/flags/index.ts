import type { Flag } from '../schema';
import type { Facts, PolicyDocument } from '../analyze/types';
import type { FlagRule } from './types';
import { breachNotification } from './breach-notification';
import { changesWithoutNotice } from './changes-without-notice';
import { consentByUse } from './consent-by-use';
import { dataFromThirdParties } from './data-from-third-parties';
import { doesNotSell } from './does-not-sell';
import { feeForRequests } from './fee-for-requests';
import { indefiniteRetention } from './indefinite-retention';
import { internationalTransfer } from './international-transfer';
import { lawEnforcementDisclosure } from './law-enforcement-disclosure';
import { noAiTraining } from './no-ai-training';
import { noPrivacyContact } from './no-privacy-contact';
import { noRetentionPeriod } from './no-retention-period';
import { noThirdPartyTrackers } from './no-third-party-trackers';
import { nonPersonalAnyPurpose } from './non-personal-any-purpose';
import { sellsData } from './sells-data';
import { sensitiveData } from './sensitive-data';
import { statedRetentionPeriods } from './stated-retention-periods';
import { targetedAdvertising } from './targeted-advertising';
import { thirdPartyTracking } from './third-party-tracking';
import { transferOnMerger } from './transfer-on-merger';
import { vagueSharing } from './vague-sharing';

export type { FlagRule, FlagContext } from './types';

/** The one list of rules, worst first, so the summary reads red flags before good ones. */
export const FLAG_RULES: readonly FlagRule[] = [
  sellsData,
  targetedAdvertising,
  indefiniteRetention,
  sensitiveData,
  transferOnMerger,
  changesWithoutNotice,
  consentByUse,
  thirdPartyTracking,
  internationalTransfer,
  vagueSharing,
  noRetentionPeriod,
  noPrivacyContact,
  nonPersonalAnyPurpose,
  dataFromThirdParties,
  feeForRequests,
  lawEnforcementDisclosure,
  doesNotSell,
  noThirdPartyTrackers,
  noAiTraining,
  statedRetentionPeriods,
  breachNotification,
];

/** Runs every rule; a rule that fails on odd input is skipped rather than sinking the whole summary. */
export function evaluateFlags(doc: PolicyDocument, facts: Facts): Flag[] {
  const flags: Flag[] = [];
  const ctx = { doc, facts };
  for (const rule of FLAG_RULES) {
    let evidence;
    try {
      evidence = rule.test(ctx);
    } catch {
      continue;
    }
    if (!evidence || evidence.length === 0) continue;
    const explanation = rule.explain ? rule.explain(ctx) : rule.explanation;
    flags.push({ id: rule.id, severity: rule.severity, title: rule.title, explanation, evidence });
  }
  return flags;
}
