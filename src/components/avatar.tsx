import { initials } from '../lib/initials';

/** A round badge with the person's initials, in their `sp-N` colour; decorative, the name is written beside it. */
export function Avatar({ name, className = '' }: { name: string; className?: string }) {
  return (
    <span aria-hidden="true" className={`avatar ${className}`}>
      {initials(name)}
    </span>
  );
}
