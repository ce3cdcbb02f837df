// The part of autocannon's API the benches use (the package ships no types).
declare module "autocannon" {
  interface Result {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  }
  function autocannon(options: {
    url: string;
    connections?: number;
    duration?: number;
  }): Promise<Result>;
  export default autocannon;
}
