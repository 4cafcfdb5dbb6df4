import { Component, useEffect, type ReactNode } from "react";

interface Props {
  children: ReactNode;
  /** Called once the error message is on screen, so the idle signal does not wait for a chart that failed. */
  onDrawn?: () => void;
}

/** Keeps a failure inside the chart from taking the page (editor, console) down with it. */
export class ChartBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) return <ChartFailed message={this.state.error.message} onDrawn={this.props.onDrawn} />;
    return this.props.children;
  }
}

function ChartFailed({ message, onDrawn }: { message: string; onDrawn?: () => void }) {
  useEffect(() => onDrawn?.());
  return (
    <p className="placeholder" role="alert">
      The chart could not be drawn: {message}
    </p>
  );
}
