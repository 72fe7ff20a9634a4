/** The product mark: a loupe over a check mark (a reviewed draft). Decorative, so hidden from assistive technology. */
export function LoupeMark({ className }: { className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    >
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="M15.5 15.5 21 21" />
      <path d="m7.75 10.75 1.9 1.9 3.6-3.9" />
    </svg>
  );
}
