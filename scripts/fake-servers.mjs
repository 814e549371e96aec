// The project's fake Intervals.icu API (serving the demo athlete) and fake GitHub API, started in
// the background for the workflow self-test, which then runs the action (`uses: ./`) against them.
//
//   node --import tsx scripts/fake-servers.mjs start    start both, detached; print and append to
//                                                       $GITHUB_ENV: FAKE_INTERVALS_API_BASE,
//                                                       FAKE_INTERVALS_ATHLETE_ID, FAKE_INTERVALS_API_KEY,
//                                                       FAKE_GITHUB_URL, FAKE_GITHUB_TOKEN,
//                                                       FAKE_CHANGELOG_URL, FAKE_SERVERS_PID
//   node scripts/fake-servers.mjs check-repo SHA FILES  assert that the fake repository's default
//                                                       branch is at commit SHA and holds every
//                                                       path of the JSON array FILES
//   node scripts/fake-servers.mjs stop                  end the background servers
//
// The servers are TypeScript (src/, test-support/): `start` needs tsx. The fake repository is
// named after GITHUB_REPOSITORY (owner/name), so the action finds it where it expects its own.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs, openSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);
const MAX_LIFETIME_MS = 60 * 60 * 1000;

function fail(line) {
  console.error(line);
  process.exit(1);
}

/** Child: serve until SIGTERM (or an hour, so a forgotten server never lingers). */
async function serve() {
  const { startFakeIntervals } = await import('../src/fake-intervals/server.ts');
  const { FakeGitHub } = await import('../test-support/fake-github.ts');
  const [owner, repo] = (process.env.GITHUB_REPOSITORY || 'athlete/training-data').split('/');
  const intervals = await startFakeIntervals({ dataset: path.join(ROOT, 'demo', 'athlete') });
  const github = new FakeGitHub({ owner, repo, token: `fake-${randomBytes(12).toString('hex')}` });
  await github.start();
  github.raw.set('/raw/changelog.json', {
    status: 200,
    body: JSON.stringify({ notification_id: 'self-test', changes: ['A change announced to the self-test repository'] }),
  });
  const stop = async () => {
    await Promise.allSettled([intervals.close(), github.stop()]);
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  setTimeout(stop, MAX_LIFETIME_MS).unref();
  process.send?.({
    FAKE_INTERVALS_API_BASE: intervals.apiBase,
    FAKE_INTERVALS_ATHLETE_ID: intervals.athleteId,
    FAKE_INTERVALS_API_KEY: intervals.apiKey,
    FAKE_GITHUB_URL: github.url,
    FAKE_GITHUB_TOKEN: github.token,
    FAKE_CHANGELOG_URL: `${github.url}/raw/changelog.json`,
    FAKE_SERVERS_PID: String(process.pid),
  });
}

/** Parent: start the child detached, wait for its addresses, hand them on, leave it running. */
async function start() {
  const log = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'fake-servers.log');
  const out = openSync(log, 'a');
  const child = fork(SELF, ['serve'], {
    cwd: ROOT,
    detached: true,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', out, out, 'ipc'],
  });
  const env = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer within 60 s')), 60_000);
    child.once('message', (m) => {
      clearTimeout(timer);
      resolve(m);
    });
    child.once('exit', (code) => reject(new Error(`exited with code ${code}`)));
  }).catch((e) => fail(`the fake servers did not start (${e.message}); see ${log}`));
  const lines = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  if (process.env.GITHUB_ENV) await fs.appendFile(process.env.GITHUB_ENV, `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
  child.disconnect();
  child.unref();
}

async function api(pathname) {
  const base = process.env.FAKE_GITHUB_URL;
  if (!base) fail('FAKE_GITHUB_URL is not set: run `node --import tsx scripts/fake-servers.mjs start` first');
  const res = await fetch(`${base}${pathname}`, { headers: { authorization: `Bearer ${process.env.FAKE_GITHUB_TOKEN}` } });
  return { status: res.status, body: res.status === 200 ? await res.json() : null };
}

async function checkRepo(sha, filesJson) {
  const repository = process.env.GITHUB_REPOSITORY || 'athlete/training-data';
  let files;
  try {
    files = JSON.parse(filesJson ?? '');
  } catch {
    fail(`check-repo needs the changed-files output as a JSON array (got ${JSON.stringify(filesJson)})`);
  }
  if (!/^[0-9a-f]{40}$/.test(sha ?? '')) fail(`check-repo needs the commit-sha output (got ${JSON.stringify(sha)})`);
  if (!Array.isArray(files) || !files.includes('latest.json')) fail(`changed-files does not list latest.json: ${filesJson}`);
  const meta = await api(`/repos/${repository}`);
  if (meta.status !== 200) fail(`the fake repository ${repository} is not there (HTTP ${meta.status})`);
  const branch = meta.body.default_branch;
  const ref = await api(`/repos/${repository}/git/ref/heads/${branch}`);
  const head = ref.body?.object?.sha;
  if (head !== sha) fail(`${branch} is at ${head ?? 'nothing'}, not at the reported commit ${sha}`);
  for (const file of files) {
    const got = await api(`/repos/${repository}/contents/${file}?ref=${branch}`);
    if (got.status !== 200) fail(`${file} is listed in changed-files but not in ${repository}@${branch} (HTTP ${got.status})`);
  }
  const latest = await api(`/repos/${repository}/contents/latest.json?ref=${branch}`);
  const parsed = JSON.parse(Buffer.from(latest.body.content, 'base64').toString('utf8'));
  if (!parsed.metadata) fail('latest.json in the fake repository has no metadata block');
  console.log(`${repository}@${branch} is at ${sha.slice(0, 7)} with ${files.length} files: ${files.join(', ')}`);
}

function stop() {
  const pid = Number(process.env.FAKE_SERVERS_PID);
  if (!pid) fail('FAKE_SERVERS_PID is not set: nothing to stop');
  try {
    process.kill(pid, 'SIGTERM');
  } catch (e) {
    if (e.code !== 'ESRCH') throw e;
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'serve') await serve();
else if (command === 'start') await start();
else if (command === 'check-repo') await checkRepo(rest[0], rest[1]);
else if (command === 'stop') stop();
else fail('usage: scripts/fake-servers.mjs start | check-repo SHA FILES_JSON | stop');
