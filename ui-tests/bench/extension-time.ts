import { CDPSession } from '@playwright/test';

/** How the V8 CPU profile reports its call tree (the fields used here). */
interface IProfile {
  nodes: {
    id: number;
    callFrame: { url: string };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * The main-thread time spent in the extension's code and in everything it calls, in
 * milliseconds, while `work` runs: from a sampling CPU profile, every sample whose stack
 * holds a frame of the extension's bundle (served under `urlPart`).
 *
 * #### Notes
 * The latency figures carry the noise of JupyterLab's own tens of milliseconds per key;
 * this one counts only the extension, so it stays readable below a millisecond. It misses
 * the browser's style and layout work for the extension's DOM changes, which runs outside
 * any script: the main-thread counters measure those, beside it.
 */
export async function extensionTimeMs(
  cdp: CDPSession,
  urlPart: string,
  work: () => Promise<void>
): Promise<{ extensionMs: number; totalMs: number }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const stop = async () => {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Profiler.disable');
    return profile as unknown as IProfile;
  };
  try {
    await work();
  } catch (error) {
    await stop();
    throw error;
  }
  return attribute(await stop(), urlPart);
}

function attribute(
  profile: IProfile,
  urlPart: string
): { extensionMs: number; totalMs: number } {
  const byId = new Map(profile.nodes.map(node => [node.id, node]));
  const children = new Set(profile.nodes.flatMap(node => node.children ?? []));
  // A node is the extension's when it or a caller is: walk down from the roots.
  const inExtension = new Map<number, boolean>();
  const stack = profile.nodes
    .filter(node => !children.has(node.id))
    .map(node => ({ id: node.id, inherited: false }));
  while (stack.length > 0) {
    const { id, inherited } = stack.pop()!;
    const node = byId.get(id)!;
    const mine = inherited || node.callFrame.url.includes(urlPart);
    inExtension.set(id, mine);
    for (const child of node.children ?? []) {
      stack.push({ id: child, inherited: mine });
    }
  }
  let extensionMs = 0;
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] / 1000;
    totalMs += delta;
    if (inExtension.get(id)) {
      extensionMs += delta;
    }
  });
  return { extensionMs, totalMs };
}
