import { GAP, SHORT_GAP, type CueRow } from './types';

/** Retention sentences often name the data at length between the verb and the period ("stores the IP addresses ... for 90 days"). */
const LONG_GAP = '[^.;:!?]{0,110}';

/** A whole clause: "if we learn that ... from a child under 13 ..., we will delete" spans more than LONG_GAP. */
const CLAUSE_GAP = '[^.;:!?]{0,200}';

const NUMBER =
  '(?:\\d{1,4}|one|two|three|four|five|six|seven|ten|twelve|eighteen|twenty-four|thirty|sixty|ninety)';
const UNIT = '(?:days?|weeks?|months?|years?)';
const DURATION = `${NUMBER}[ -]${UNIT}`;

// Data retention: how long data is kept, and when and how it is deleted.
export const RETENTION_CUES: readonly CueRow[] = [
  {
    match: `\\b(?:retain|retains|retained|retaining|retention)\\b`,
    weight: 1,
    reason: 'retention vocabulary',
  },
  {
    // Kept for a time, or for a purpose that sets one (legal, tax, verification, security, fraud). "In store" is a shop.
    match: `(?<!\\bin[ -])\\b(?:keep|keeps|kept|store|stores|stored|storing|hold|holds|held|maintain|maintains|maintained|preserve|preserved|save|saved|archive|archived|log|logged|retain|retains|retained|retaining|(?:stay|stays|remain|remains)(?! (?:on|in) (?:your|the user|a user)))\\b(?! (?:you|in touch|track|up with|an eye|time|money)\\b)${LONG_GAP}\\b(?:for (?:a |the )?(?:period|length|duration|life|lifetime|time|up to|as long|no longer|longer|\\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty|thirty|sixty|ninety|several|some|limited|reasonable|legitimate|legal|business|accounting|tax|audit|archival|record-?keeping|compliance|verification|security|fraud|billing|backup|quality|dispute)|until|as long as|no longer than|indefinitely|permanently|forever|after (?:you|your|the)|beyond|while (?:you (?:have|hold|maintain|keep|are)|your account)|thereafter|once (?:a|the|your) (?:transaction|purchase|order|request|purpose|account|subscription)s?)`,
    // A stated time for keeping data is the clearest retention statement: it weighs enough to keep the label inside a
    // longer rights or sharing paragraph.
    weight: 1.3,
    reason: 'keeping data for a time',
  },
  {
    match: `\\b(?:as long as (?:necessary|needed|required|reasonably|is (?:reasonably )?(?:necessary|needed|required)|your account|you (?:have|maintain|remain|keep|use))|no longer than (?:necessary|needed|is necessary|required)|for (?:the|a) (?:period|length) of time|for no longer than|only for as long)|\\b(?:kept|retained|stored|held|keep|keeps|retain|retains|store|stores|hold|holds)(?: \\w+){0,2}? longer than (?:is |it is |we |they are )?(?:necessary|needed|need|required|reasonably)`,
    weight: 0.9,
    reason: 'retention bounded by purpose',
  },
  {
    // A section about retention is announced by its heading at the start of the passage, or by asking how long.
    match: `(?<=^\\W{0,4}(?:[\\divx]{1,4}\\W{1,3})?(?:data |information |records? )?|\\b(?:data|records?|information) )retention\\b|(?<=\\bhow )long (?:we|do we|will we|does|is|are|your)\\b`,
    weight: 0.8,
    reason: 'a retention heading or "how long" question',
  },
  {
    match: `(?<=\\bas )long as (?:we|it is|they are|is|the (?:account|purpose|law))\\b|(?<=\\bno )longer (?:needed|necessary|required)\\b|(?<=\\bfor (?:a |the )?)(?:reasonable|limited) (?:period|time|amount)\\b`,
    weight: 0.6,
    reason: 'kept while needed, or for a reasonable time',
  },
  {
    // What survives deletion ("not deleted from our servers", "may not immediately delete residual copies", "may
    // persist after you delete it").
    match: `\\b(?:persist|persists|remain|remains|stay|stays|survive|survives)\\b(?: \\w+){0,4}? after (?:you|your|the|it|its|they|such|an?)\\b[^.;:!?]{0,40}\\b(?:delete|deletes|deleted|deletion|remove|removes|removed|removal|deactivate|deactivates|deactivated|deactivation|cancel|cancels|cancelled|canceled|cancellation|terminate|terminates|terminated|termination|closes? (?:your|the|an?) account|closed (?:your|the|an?) account|closure of (?:your|the|an?) account)\\b|(?<!\\b(?:have|has|you|they|had) )\\b(?:not|never) (?:be )?(?:\\w+ )?(?:deleted|removed|erased|purged|delete|erase|purge)\\b|\\bresidual (?:copies|data|information)\\b|(?<=\\beven )(?:when|after|if|once) (?:\\w+ ){0,4}(?:delete|deletes|deleted|close|closes|closed|cancel|cancels|cancelled|canceled|remove|removes|removed)\\b|copies\\b(?<=\\b(?:remove|delete|removed|deleted|removal|deletion|cancel)\\b[^.;:!?]{0,80}copies)|(?:removal|deletion|erasure)\\b(?<=\\b(?:not|cannot) (?:ensure|guarantee) (?:(?:complete|comprehensive|full|permanent|or) ){0,4}(?:removal|deletion|erasure))`,
    weight: 0.8,
    reason: 'data that stays after deletion',
  },
  {
    // Copies that outlive an edit or a deletion in backups, archives or caches ("this information may stay in our
    // backup files", "copies may remain viewable in cached and archived pages"): said in the passage about deleting,
    // it needs the weight to hold its own beside the rights vocabulary there.
    match: `\\b(?:remain|remains|persist|persists|stay|stays)\\b(?: \\w+){0,3}? (?:in|on|within) (?:our |the |its |any )?(?:\\w+ )?(?:backups?|back-ups?|backup (?:files|copies|systems?|media|tapes|storage|servers?)|archives?|archived|cached|caches)\\b`,
    weight: 0.6,
    reason: 'copies that stay in backups, archives or caches',
  },
  {
    match: `\\b(?:scheduled|regular|routine|periodic|periodically|automatic|automatically|permanent|secure) (?:\\w+ )?(?:destruction|deletion|purging|purge|disposal|erasure)\\b|\\b(?:securely|safely) (?:deleted|destroyed|erased|wiped|shredded|purged|disposed of|delete|destroy|erase|wipe|shred|purge|dispose of)\\b`,
    weight: 0.8,
    reason: 'a deletion routine',
  },
  {
    // Data thrown away once used ("review and discard the information", "return or destroy all records", "then
    // shredded"); not a breach list ("accessed, altered or destroyed"), which is about security.
    match: `\\b(?:discard|discards|discarded|destroy|destroys|destroyed|shred|shreds|shredded)\\b(?<=\\b(?:and|or|then|securely|safely) (?:\\w+ )?\\w+)(?<!\\b(?:accessed|disclosed|altered|modified|lost|stolen|misused|damaged|corrupted|intercepted|access|disclosure|alteration),? (?:and|or) (?:\\w+ )?\\w+)`,
    weight: 0.5,
    reason: 'data discarded or destroyed after use',
  },
  {
    // A duty to keep data ("unless we need to keep it to meet a legal obligation", "legally obliged to retain") is the
    // usual exception to deletion; keeping something confidential, safe or accurate is security or accuracy.
    match: `\\b(?:(?:need|needs|required|requires|obliged|obligated|obligation|obligations)(?: by law| legally)? to|must|have to|has to) (?:keep|retain|store|hold|preserve)\\b(?!(?: \\w+){0,3} (?:confidential|private|secret|secure|safe|accurate|current|up[- ]to[- ]date|informed)\\b)`,
    weight: 0.8,
    reason: 'a duty to keep data',
  },
  {
    // Data found to come from a child, or received by mistake, is removed at once: an exception, not a schedule.
    match: `(?<=\\b(?:if|when|once|should|where|in the event)\\b[^.;:!?]{0,40})\\b(?:learn|learns|discover|discovers|(?<=\\bbecomes? )aware|find out|notified|determine|determines)\\b${CLAUSE_GAP}\\b(?:delete|remove|erase|destroy|purge)|\\b(?:child|children|minor|minors)\\b${CLAUSE_GAP}\\b(?:we|will) (?:\\w+ ){0,3}(?:delete|remove|erase|destroy|purge)`,
    weight: -0.7,
    reason: 'deleting data collected by mistake is not a retention practice',
  },
  {
    // Keeping data only for one named purpose bounds how long it is kept ("stores it for the sole purpose of ...").
    match: `\\bpurposes?\\b(?<=\\b(?:store|stores|stored|save|saves|saved|keep|keeps|kept|retain|retains|retained|maintain|maintained|hold|held)\\b${LONG_GAP}\\b(?:sole|solely|only|exclusive|exclusively|limited|specific)(?: \\w+)? purposes?)`,
    weight: 0.8,
    reason: 'kept for one stated purpose only',
  },
  {
    // "Send to a friend" addresses are used once: policies say so to tell users the address is not kept.
    match: `\\bone[- ]time (?:e-?mail|message|notification|invitation)`,
    weight: 0.6,
    reason: 'an address used once and not kept',
  },
  {
    match: `\\b(?:indefinitely|permanently|forever|no time limit)\\b`,
    weight: 0.6,
    reason: 'unbounded retention',
  },
  {
    match: `\\b(?:delete|deletes|deleted|erase|erased|purge|purged|destroy|destroyed|dispose|disposed|discard|discarded|anonymi[sz]e|anonymi[sz]ed|overwritten)\\b${GAP}\\b(?:after|within|once|when (?:it|they|no longer|the)|periodically|regularly|automatically|from our (?:systems?|servers?|records|databases?))`,
    weight: 0.8,
    reason: 'deletion schedules',
  },
  {
    // Anchored on the unit word, with the number read behind it: a bare number is no word start to look up.
    match: `(?<=\\b${NUMBER}[ -])${UNIT}\\b(?!(?: |-)(?:old|of age|or older|or younger))`,
    weight: 0.35,
    reason: 'a stated period',
  },
  {
    // A bare backup or archive is as weak as a storage verb: "backup data ... may be stored on servers located in the
    // United States" is a transfer notice, "libraries and archives" are institutions. A statement that copies stay
    // in them has its own rows above.
    match: `\\b(?:backups?|back-up|archives?|archived|residual copies|cached copies|copies (?:may )?(?:remain|persist))\\b`,
    weight: 0.3,
    reason: 'copies kept in backups and archives',
  },
  {
    match: `\\b(?:do not|does not|don't|will not|won't|never|not) (?:\\w+ )?(?:store|keep|retain|save|maintain)\\b`,
    weight: 0.7,
    reason: 'not storing is still about retention',
  },
  {
    // Not "keep you informed", "keep in touch", "keep track of", "save you time": no data is being kept.
    match: `\\b(?:store|stores|stored|storing|save|saves|saved|kept|keep)\\b(?! (?:you|in touch|track|up with|an eye|time|money)\\b)`,
    weight: 0.3,
    reason: 'storage verbs',
  },
  {
    match: `(?<=\\b(?:we|and|also|may|will) (?:\\w+ )?)(?:store|stores|keep|keeps|save|saves|preserve|preserves|maintain|maintains|file|archive|archives)\\b(?! (?:you|in touch|track|up with|an eye|time|money)\\b)|\\bkeep (?:a )?records?\\b|\\b(?:persist|persists|remain|remains) (?:on|in|after|even)\\b|\\b(?:return or destroy|destroy or return)\\b`,
    weight: 0.35,
    reason: 'the company stores data',
  },
  {
    match: `\\b(?:only|solely) (?:for|to|as long)${SHORT_GAP}\\b(?:purpose|necessary|needed|provide|complete|fulfill|respond|send)`,
    weight: 0.3,
    reason: 'kept only for a purpose',
  },
  {
    // "Retain" as one verb in a list of processing ("the data we process or retain", "we collect, retain and use
    // information", "may use, retain and disclose") names the practice without stating one, like the noun list. Not
    // a denial ("not to collect, retain or use": a limit on keeping) nor a list that goes on to a time ("processed and
    // retained for a year"), and "we will retain and use ... to comply with our legal obligations" is not a list.
    match: `\\b(?:collection|use|disclosure|processing),? (?:use,? |disclosure,? )?(?:and|or) retention\\b|\\bretention,? (?:use|disclosure|sharing|processing|or privacy)\\b|\\b(?:have|has|we|they) retained (?:to|by|as|the services)\\b|\\bretained to (?:perform|provide|help|assist|act)|(?<!\\b(?:not|never|nor)\\b[^.;:!?]{0,30})\\b(?:collect|collects|collected|use|uses|used|process|processes|processed|access|accessed|disclose|discloses|disclosed|obtain|obtains|obtained|receive|receives|received)(?:, (?:use|used|process|processed|access|accessed|disclose|disclosed|share|shared|transfer|transferred))?(?:,? (?:and|or) (?:retain|retains|retained)\\b(?! for\\b)|, (?:retain|retains|retained),? (?:and|or) \\w+)`,
    weight: -0.8,
    reason: 'retention as a word in a list of practices, or "retained" in the sense of hired',
  },
  {
    // A copy kept is data held on; "keep a record/log of" what was sent or chosen is noting it down (collection).
    match: `\\b(?:after|for (?:up to |a maximum of |at least |a period of )?|older than) ${DURATION}\\b|\\b(?:remain|remains|persist|persists|stay|stays) (?:\\w+ ){0,3}(?:in|on|within) (?:our|the) (?:\\w+ )?(?:databases?|servers?|systems?|records|archives?|backups?)\\b|\\bkeep (?:a |an )?(?:complete |full |permanent )?(?:copy|copies|(?:record|records|log|logs)(?! of\\b))\\b|\\b(?:kept|keep|keeps|held|retained|maintained|stored) on file\\b`,
    weight: 0.7,
    reason: 'a period after which data goes, or copies that stay',
  },
  {
    match: `\\bretain(?:s|ed)? (?:the services of|outside|third[- ]part|service providers|contractors|vendors|other companies)\\b|\\b(?:retain|retains|retaining|retained) (?:the |all |any |full )?(?:rights?|ownership|title|copyright|control|choice|discretion)\\b|(?<=\\b(?:you|users?) )(?:retain|retains)\\b`,
    weight: -1,
    reason: '"retain" in the sense of hiring or of keeping a right',
  },
  {
    match: `\\b(?:within|up to|in|after) ${DURATION}\\b(?<=\\b(?:respond|responds|response|reply|process|processed|processing|handle|honou?r|fulfill|complete|take|takes|allow|act on)\\b${LONG_GAP}\\b(?:within|up to|in|after) ${DURATION})|(?<=\\b(?:within|up to) ${NUMBER}[ -])${UNIT}\\b${SHORT_GAP}\\b(?:request|requests|to respond|to process)\\b`,
    weight: -0.5,
    reason: 'a deadline for answering a request is not a retention period',
  },
  {
    match: `\\b(?:stored|store|stores|saved|remain|remains|placed|kept|persist)\\b${SHORT_GAP}\\bon (?:your|the user.s|a user.s) (?:hard drive|computer|device|browser|machine)\\b`,
    weight: -0.6,
    reason: 'files kept on the user’s own device are not the company keeping data',
  },
  {
    // What happens once data is no longer needed ("we delete or anonymise it").
    match: `(?<=\\bno )longer (?:need|needs|require|requires|have a (?:legitimate |business )?(?:need|reason|purpose))\\b|\\b(?:delete|erase|destroy|remove)(?:,)? or (?:anonymi[sz]e|de-?identify|aggregate|pseudonymi[sz]e)\\b|\\banonymi[sz]e(?:,)? or (?:delete|erase|destroy)\\b|(?<=\\bde-?)identify(?:,)? or (?:delete|erase|destroy)\\b`,
    weight: 0.8,
    reason: 'deletion or anonymisation once data is no longer needed',
  },
  {
    // How long a cookie lives in the browser is not how long the company keeps data about the user.
    match: `\\bcookies?\\b${GAP}\\b(?:expire|expires|expiry|expiration|lifespan|lifetime|life span)\\b`,
    weight: -0.7,
    reason: 'a cookie’s lifetime is not a retention period',
  },
  {
    match: `\\b(?:policy|statement|notice|document|portion|section)\\b${GAP}\\b(?:explains?|describes?|outlines?|covers|sets out|tells you|will explain|informs? you|answers)\\b`,
    weight: -0.6,
    reason: 'an overview of what the policy covers names every practice without stating one',
  },
  {
    // A table of contents, or links to jump to each part, lists a "Data Retention" or "How long we keep" heading
    // beside the others; it states no practice (as for collection and sharing).
    match: `\\btable of contents\\b|\\b(?:jump|skip|go) (?:directly )?to (?:a |any |specific |the )?(?:sections?|parts?|areas?)\\b`,
    weight: -3,
    reason: 'a table of contents names practices without stating one',
  },
  {
    // "Addresses ... are not used for any other purpose": data taken for one errand and not kept for later uses.
    match: `\\bpurposes?\\b(?<=\\b(?:we (?:will|do) not|(?:are|is) not|will not be) (?:use|used) (?:\\w+ ){0,4}for any other purposes?)`,
    weight: 0.4,
    reason: 'data the company itself uses for one errand only',
  },
];
