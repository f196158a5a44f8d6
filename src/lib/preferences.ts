import { create } from 'zustand';

// Display preferences of this device (not huddle data), kept in localStorage.
// The key keeps the setting's first name ("room mode") so devices that turned it on keep it.
const LARGE_TEXT_KEY = 'pp.roomMode';

function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

function writeFlag(key: string, value: boolean): void {
  try {
    localStorage.setItem(key, value ? '1' : '0');
  } catch {
    // Storage refused (private mode): the preference lasts for this visit only.
  }
}

interface PreferencesState {
  largeText: boolean;
  setLargeText: (on: boolean) => void;
}

export const usePreferences = create<PreferencesState>((set) => ({
  largeText: readFlag(LARGE_TEXT_KEY),
  setLargeText: (on) => {
    writeFlag(LARGE_TEXT_KEY, on);
    set({ largeText: on });
  },
}));

export const selectLargeText = (s: PreferencesState) => s.largeText;
export const selectSetLargeText = (s: PreferencesState) => s.setLargeText;
