import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

export const settingsSchema = z.object({
  /** When true, pages are analysed only when the user asks from the popup. */
  paused: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

const DEFAULT_SETTINGS: Settings = { paused: false };

export const settingsItem = storage.defineItem<unknown>('local:settings', {
  version: 1,
  migrations: {},
  fallback: DEFAULT_SETTINGS,
});

export async function getSettings(): Promise<Settings> {
  try {
    const parsed = settingsSchema.safeParse(await settingsItem.getValue());
    if (parsed.success) return parsed.data;
    console.warn('PolicyLens: saved settings were unreadable; using the defaults.');
  } catch (error) {
    console.warn('PolicyLens: could not read settings; using the defaults.', error);
  }
  return DEFAULT_SETTINGS;
}

export async function setPaused(paused: boolean): Promise<Settings> {
  const next = { ...(await getSettings()), paused };
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => {
    const parsed = settingsSchema.safeParse(value);
    callback(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  });
}
