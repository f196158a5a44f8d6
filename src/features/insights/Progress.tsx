/** A labelled progress bar with its percentage in words, for work done in a worker. */
export function Progress({ label, fraction }: { label: string; fraction: number }) {
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div className="insights-progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
        className="insights-progress-track"
      >
        <div className="insights-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="insights-progress-text">
        {label}… {percent}%
      </p>
    </div>
  );
}
