/** The review screen, with its way back to the queue (the navigation store's screen). */
import { ReviewScreen } from '../features/review/review-screen';
import { useNavigationStore } from '../stores/navigation/navigation-store';

export function ReviewRoute() {
  const backToQueue = useNavigationStore((state) => state.backToQueue);
  return <ReviewScreen onBack={backToQueue} />;
}
