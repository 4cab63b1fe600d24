import { z } from 'zod';

// The vocabularies of ../shared/CONTRACT.md, in contract order. Tools outside the extension read these ids.

export const CATEGORIES = [
  'collection',
  'sharing',
  'retention',
  'rights',
  'contact',
  'security',
  'cookies',
  'children',
  'international',
  'changes',
] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

export const DATA_TYPES = [
  'name',
  'email',
  'phone',
  'postal-address',
  'government-id',
  'account',
  'payment',
  'purchases',
  'ip-address',
  'device-id',
  'device-info',
  'cookies',
  'usage',
  'location',
  'precise-location',
  'demographic',
  'health',
  'biometric',
  'social-media',
  'communications',
  'employment',
  'media',
] as const;
export const dataTypeSchema = z.enum(DATA_TYPES);
export type DataType = z.infer<typeof dataTypeSchema>;

export const RECIPIENT_KINDS = [
  'service-provider',
  'analytics',
  'advertiser',
  'affiliate',
  'government',
  'acquirer',
  'public',
  'other',
] as const;
export const recipientKindSchema = z.enum(RECIPIENT_KINDS);
export type RecipientKind = z.infer<typeof recipientKindSchema>;

export const RIGHTS = [
  'access',
  'correct',
  'delete',
  'portability',
  'restrict',
  'object',
  'withdraw-consent',
  'opt-out-marketing',
  'opt-out-sale',
  'limit-sensitive',
  'non-discrimination',
  'complain',
] as const;
export const rightSchema = z.enum(RIGHTS);
export type Right = z.infer<typeof rightSchema>;

export const SEVERITIES = ['high', 'medium', 'low', 'good'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export const gradeSchema = z.enum(GRADES);
export type Grade = z.infer<typeof gradeSchema>;

export const SELLS_DATA = ['yes', 'no', 'not-stated'] as const;
export const sellsDataSchema = z.enum(SELLS_DATA);
export type SellsData = z.infer<typeof sellsDataSchema>;
