import { useParticipantMode } from '../../db/encryption/participant';
import { selectStatus, useLock } from './lockStore';

/** Participant mode is on (it exists only while a passphrase is set). */
export function useParticipantActive(): boolean {
  const status = useLock(selectStatus);
  const mode = useParticipantMode();
  return status !== 'off' && !!mode;
}

/** The only screens a participant may see: the huddle and its lobby. */
export function isHuddlePath(pathname: string): boolean {
  return pathname === '/facilitate' || pathname.startsWith('/facilitate/');
}
