import { create } from 'zustand';

// Display preferences of this device (not huddle data), kept in localStorage.
const ROOM_MODE_KEY = 'pp.roomMode';

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
  roomMode: boolean;
  setRoomMode: (on: boolean) => void;
}

export const usePreferences = create<PreferencesState>((set) => ({
  roomMode: readFlag(ROOM_MODE_KEY),
  setRoomMode: (on) => {
    writeFlag(ROOM_MODE_KEY, on);
    set({ roomMode: on });
  },
}));

export const selectRoomMode = (s: PreferencesState) => s.roomMode;
export const selectSetRoomMode = (s: PreferencesState) => s.setRoomMode;
