/** The lead's statistics screen; the navigation wires `StatisticsScreen` in. */
export { StatisticsScreen } from './statistics-screen';
