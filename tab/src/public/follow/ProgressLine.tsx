import { useId } from "react";

/** A labelled progress bar; the percentage is also written, for those who do not see the bar. */
export function ProgressLine({ progress, label }: { progress: number; label: string }) {
  const id = useId();
  const text = `${progress} %`;
  return (
    <div className="ve-progress">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={100} value={progress} aria-valuetext={text}>
        {text}
      </progress>
      {/* The bar already says it to screen readers (aria-valuetext). */}
      <span aria-hidden="true">{text}</span>
    </div>
  );
}
