/** Work done on answers already in: one task per turn of the event loop, failures dropped. */
import { describe, it, expect } from '@jest/globals';
import { EarlyWork } from '../../src/early-work.js';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('early work', () => {
  it('runs the tasks in order, one per turn of the event loop, with the module they wait for', async () => {
    const work = new EarlyWork();
    const ran: string[] = [];
    const mod = Promise.resolve({ name: 'outputs' });
    work.add(mod, (m) => ran.push(`a:${m.name}`));
    work.add(mod, (m) => ran.push(`b:${m.name}`));
    work.add(mod, (m) => ran.push(`c:${m.name}`));
    await mod;
    expect(ran).toEqual([]);
    await turn();
    expect(ran).toEqual(['a:outputs']);
    await turn();
    expect(ran).toEqual(['a:outputs', 'b:outputs']);
    await turn();
    await turn();
    expect(ran).toEqual(['a:outputs', 'b:outputs', 'c:outputs']);
  });

  it('lets an answer that arrives between two tasks be handled before the next task', async () => {
    const work = new EarlyWork();
    const order: string[] = [];
    const mod = Promise.resolve(null);
    work.add(mod, () => {
      order.push('task 1');
      // what an arriving answer schedules while a task runs
      setImmediate(() => order.push('answer'));
    });
    work.add(mod, () => order.push('task 2'));
    for (let i = 0; i < 5; i++) await turn();
    expect(order).toEqual(['task 1', 'answer', 'task 2']);
  });

  it('drops a task that throws and goes on with the next', async () => {
    const work = new EarlyWork();
    const ran: string[] = [];
    const mod = Promise.resolve(null);
    work.add(mod, () => {
      throw new TypeError('bad input');
    });
    work.add(mod, () => ran.push('next'));
    for (let i = 0; i < 4; i++) await turn();
    expect(ran).toEqual(['next']);
  });

  it('queues nothing without the module, or when it fails to load, and starts again after going idle', async () => {
    const work = new EarlyWork();
    const ran: string[] = [];
    work.add(undefined, () => ran.push('no module'));
    const failed = Promise.reject(new Error('chunk missing'));
    work.add(failed, () => ran.push('failed module'));
    await failed.catch(() => undefined);
    for (let i = 0; i < 3; i++) await turn();
    expect(ran).toEqual([]);
    const mod = Promise.resolve(null);
    work.add(mod, () => ran.push('later'));
    for (let i = 0; i < 3; i++) await turn();
    expect(ran).toEqual(['later']);
  });
});
