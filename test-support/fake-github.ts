/**
 * A fake GitHub REST API (node:http, 127.0.0.1 only) with the endpoints the action uses: repository
 * metadata, Git Data (refs, commits, trees, blobs), contents, issues, comments and labels. Git
 * objects are hashed the way git hashes them, so equal trees have equal SHAs as on GitHub, and the
 * ref update enforces fast-forward unless forced (and records whether a force was attempted).
 *
 * Behaviour copied from GitHub where the action depends on it:
 * - every Git Data endpoint answers 409 "Git Repository is empty." until a first commit exists,
 *   and only PUT /contents can make that commit;
 * - GET /contents returns `encoding: "none"` and empty content for files above the inline limit
 *   (1 MB on GitHub; configurable here), so readers must fall back to the blob API;
 * - tree entries with `sha: null` delete a file, deleting a missing path is a 422, and folders
 *   left empty disappear;
 * - issue lists are newest first, paginated with a Link header, and include pull requests.
 *
 * Tests drive failures with `failNext` (status + message + headers for matching requests), `fault`
 * (transport failures: hang without sending headers, drop the connection, handle the request and
 * lose the answer, answer and then reset mid-body, answer with malformed JSON) and `before` (run
 * code, e.g. a concurrent commit, just before a matching request is handled). `archived` makes
 * every write a 403 as on an archived repository; `visibility` is what the repository API reports.
 *
 * `latencyMs` (optionally `jitterMs`) delays every reply, so concurrent writers race as they do
 * against GitHub at its real latency (the state changes when the request is handled, the answer
 * arrives later). `apiRequests()` is the request log without the /raw/ files (which are not part of
 * the API's rate limit).
 */
import http from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { validateCommits } from './validate.js';

type Mode = '100644' | '100755' | '040000' | '120000' | '160000';
interface TreeEntry {
  name: string;
  mode: Mode;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}
interface CommitObj {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
  customAuthor: boolean;
}
export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  comments: string[];
  pull_request?: boolean;
  created_at: string;
}
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  status: number;
  body: unknown;
}
interface FailRule {
  method: string;
  path: RegExp;
  status: number;
  message: string;
  times: number;
  headers?: Record<string, string>;
}
/**
 * hang: never send the status line; drop: close the connection without handling the request;
 * lose-answer: handle it (the change happens) and close without answering; reset-after: handle
 * it, send the headers and half the body, then reset; malformed: answer 200 with broken JSON
 * without handling it.
 */
export type TransportFault = 'hang' | 'drop' | 'lose-answer' | 'reset-after' | 'malformed';
interface FaultRule {
  method: string;
  path: RegExp;
  fault: TransportFault;
  times: number;
}
interface BeforeRule {
  method: string;
  path: RegExp;
  fn: () => void | Promise<void>;
  times: number;
}

class HttpFail extends Error {
  constructor(
    public status: number,
    message: string,
  ) {
    super(message);
  }
}

const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  token?: string;
  defaultBranch?: string;
  /** contents API answers `encoding: "none"` for files larger than this (GitHub: 1 MB) */
  contentsInlineLimit?: number;
  /** every reply is delayed this many ms */
  latencyMs?: number;
  /** plus a random 0…jitterMs */
  jitterMs?: number;
}

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly token: string;
  defaultBranch: string;
  contentsInlineLimit: number;
  latencyMs: number;
  jitterMs: number;
  url = '';
  readonly requests: RecordedRequest[] = [];
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, TreeEntry[]>();
  readonly commits = new Map<string, CommitObj>();
  readonly refs = new Map<string, string>();
  readonly issues: FakeIssue[] = [];
  readonly labels = new Map<string, { name: string; color: string; description: string }>();
  forcedUpdates = 0;
  /** an archived repository answers every write with 403 */
  archived = false;
  visibility: 'public' | 'private' | 'internal' = 'private';
  /** unauthenticated files under /raw/… (like raw.githubusercontent.com), e.g. a changelog.json */
  readonly raw = new Map<string, { status: number; body: string }>();
  private failRules: FailRule[] = [];
  private faultRules: FaultRule[] = [];
  private beforeRules: BeforeRule[] = [];
  private server: http.Server | null = null;
  private clock = Date.parse('2025-01-01T00:00:00Z');

  constructor(opts: FakeGitHubOptions = {}) {
    this.owner = opts.owner ?? 'athlete';
    this.repo = opts.repo ?? 'training-data';
    this.token = opts.token ?? 'ghs_faketoken';
    this.defaultBranch = opts.defaultBranch ?? 'main';
    this.contentsInlineLimit = opts.contentsInlineLimit ?? 1024 * 1024;
    this.latencyMs = opts.latencyMs ?? 0;
    this.jitterMs = opts.jitterMs ?? 0;
  }

  /** The API requests (the /raw/ files aside), optionally since an index of the log. */
  apiRequests(since = 0): RecordedRequest[] {
    return this.requests.slice(since).filter((r) => !r.path.startsWith('/raw/'));
  }

  private async delay(): Promise<void> {
    const ms = this.latencyMs + (this.jitterMs ? Math.random() * this.jitterMs : 0);
    if (ms > 0) await new Promise((r) => setTimeout(r, ms));
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
    // whatever the action committed (its Synced-by commits on the branch) must satisfy the strict
    // contract: stopping the fake is where every test that published through it learns otherwise
    const problems = validateCommits(this, { strict: true });
    if (problems.length) throw new Error(`the action committed files that break the contract:\n${problems.join('\n')}`);
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  /** Answer the next `times` requests matching method + path with an error. */
  failNext(method: string, path: RegExp, status: number, message: string, times = 1, headers?: Record<string, string>): void {
    this.failRules.push({ method: method.toUpperCase(), path, status, message, times, headers });
  }

  /** Forget every pending failNext/fault rule. */
  clearFaults(): void {
    this.failRules = [];
    this.faultRules = [];
  }

  /** Break the transport of the next `times` matching requests (see TransportFault). */
  fault(method: string, path: RegExp, fault: TransportFault, times = 1): void {
    this.faultRules.push({ method: method.toUpperCase(), path, fault, times });
  }

  /** Run fn just before the next `times` matching requests are handled. */
  before(method: string, path: RegExp, fn: () => void | Promise<void>, times = 1): void {
    this.beforeRules.push({ method: method.toUpperCase(), path, fn, times });
  }

  // ---------------------------------------------------------------- git objects

  private hashObject(type: string, body: Buffer): string {
    return createHash('sha1')
      .update(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]))
      .digest('hex');
  }

  putBlob(content: Buffer): string {
    const sha = this.hashObject('blob', content);
    this.blobs.set(sha, content);
    return sha;
  }

  private putTree(entries: TreeEntry[]): string {
    const key = (e: TreeEntry) => (e.type === 'tree' ? `${e.name}/` : e.name);
    const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(key(a)), Buffer.from(key(b))));
    const body = Buffer.concat(
      sorted.map((e) => Buffer.concat([Buffer.from(`${e.mode === '040000' ? '40000' : e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')])),
    );
    const sha = this.hashObject('tree', body);
    this.trees.set(sha, sorted);
    return sha;
  }

  private putCommit(tree: string, parents: string[], message: string, customAuthor = false): string {
    this.clock += 1000;
    const date = new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const text = `tree ${tree}\n${parents.map((p) => `parent ${p}\n`).join('')}author ${BOT.name} ${this.clock}\n\n${message}`;
    const sha = this.hashObject('commit', Buffer.from(text));
    this.commits.set(sha, { sha, tree, parents, message, author: { ...BOT, date }, committer: { ...BOT, date }, customAuthor });
    return sha;
  }

  get isEmpty(): boolean {
    return this.refs.size === 0;
  }

  headSha(branch = this.defaultBranch): string | undefined {
    return this.refs.get(`heads/${branch}`);
  }

  /** Files of a commit (path → text), recursively. */
  filesAt(commitSha: string | undefined = this.headSha()): Record<string, string> {
    const out: Record<string, string> = {};
    if (!commitSha) return out;
    const walk = (treeSha: string, prefix: string) => {
      for (const e of this.trees.get(treeSha) ?? []) {
        if (e.type === 'tree') walk(e.sha, `${prefix}${e.name}/`);
        else if (e.type === 'blob') out[`${prefix}${e.name}`] = this.blobs.get(e.sha)!.toString('utf8');
      }
    };
    walk(this.commits.get(commitSha)!.tree, '');
    return out;
  }

  /** Commits reachable from the branch head, newest first (first-parent). */
  log(branch = this.defaultBranch): CommitObj[] {
    const out: CommitObj[] = [];
    let sha = this.headSha(branch);
    while (sha) {
      const c = this.commits.get(sha)!;
      out.push(c);
      sha = c.parents[0];
    }
    return out;
  }

  /** Applies path-based changes to a base tree (null = delete) and returns the new tree SHA. */
  private applyToTree(
    baseTree: string | null,
    changes: Array<{ path: string; mode: Mode; type: TreeEntry['type']; sha: string | null }>,
  ): string {
    interface Node {
      entries: Map<string, TreeEntry | Node>;
    }
    const isNode = (x: TreeEntry | Node): x is Node => (x as Node).entries instanceof Map;
    const load = (sha: string | null): Node => {
      const node: Node = { entries: new Map() };
      if (sha) for (const e of this.trees.get(sha) ?? []) node.entries.set(e.name, e);
      return node;
    };
    const root = load(baseTree);
    const dirOf = (parts: string[], create: boolean): Node | null => {
      let node = root;
      for (const part of parts) {
        let child = node.entries.get(part);
        if (child && !isNode(child)) {
          if (child.type !== 'tree') {
            if (!create) return null;
            throw new HttpFail(422, `GitRPC::BadObjectState: ${part} is a file`);
          }
          child = load(child.sha);
          node.entries.set(part, child);
        }
        if (!child) {
          if (!create) return null;
          child = { entries: new Map() };
          node.entries.set(part, child);
        }
        node = child as Node;
      }
      return node;
    };
    for (const c of changes) {
      const parts = c.path.split('/');
      if (parts.some((p) => p === '' || p === '.' || p === '..'))
        throw new HttpFail(422, `tree.path contains a malformed path component: ${c.path}`);
      const name = parts.pop()!;
      if (c.sha === null) {
        const dir = dirOf(parts, false);
        if (!dir || !dir.entries.has(name)) throw new HttpFail(422, `GitRPC::BadObjectState: cannot delete missing path ${c.path}`);
        dir.entries.delete(name);
      } else {
        if (c.type === 'blob' && !this.blobs.has(c.sha)) throw new HttpFail(422, `tree.sha ${c.sha} is not a valid blob`);
        if (c.type === 'tree' && !this.trees.has(c.sha)) throw new HttpFail(422, `tree.sha ${c.sha} is not a valid tree`);
        dirOf(parts, true)!.entries.set(name, { name, mode: c.mode, type: c.type, sha: c.sha });
      }
    }
    const write = (node: Node): string | null => {
      const entries: TreeEntry[] = [];
      for (const [name, child] of node.entries) {
        if (isNode(child)) {
          const sha = write(child);
          if (sha) entries.push({ name, mode: '040000', type: 'tree', sha });
        } else entries.push(child);
      }
      if (entries.length === 0 && node !== root) return null;
      return this.putTree(entries);
    };
    return write(root)!;
  }

  /** Makes a commit on a branch directly (another writer), bypassing the HTTP API. */
  commitDirect(
    files: Record<string, string | null>,
    message = 'other writer',
    branch = this.defaultBranch,
    /** give the commit this SHA (e.g. the one a real local git made of the same files) */
    forcedSha?: string,
  ): string {
    const parent = this.headSha(branch);
    const base = parent ? this.commits.get(parent)!.tree : null;
    const tree = this.applyToTree(
      base,
      Object.entries(files).map(([path, text]) => ({
        path,
        mode: '100644' as const,
        type: 'blob' as const,
        sha: text === null ? null : this.putBlob(Buffer.from(text)),
      })),
    );
    let sha = this.putCommit(tree, parent ? [parent] : [], message);
    if (forcedSha) {
      const c = this.commits.get(sha)!;
      this.commits.delete(sha);
      sha = forcedSha;
      this.commits.set(sha, { ...c, sha });
    }
    this.refs.set(`heads/${branch}`, sha);
    return sha;
  }

  addIssue(issue: Partial<FakeIssue> & { title: string }): FakeIssue {
    this.clock += 1000;
    const full: FakeIssue = {
      number: this.issues.length + 1,
      body: '',
      state: 'open',
      state_reason: null,
      labels: [],
      comments: [],
      created_at: new Date(this.clock).toISOString(),
      ...issue,
    };
    for (const l of full.labels) if (!this.labels.has(l)) this.labels.set(l, { name: l, color: 'ededed', description: '' });
    this.issues.push(full);
    return full;
  }

  // ---------------------------------------------------------------- HTTP

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const u = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = decodeURIComponent(u.pathname);
    let body: unknown;
    let status = 500;
    let payload: unknown = null;
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    try {
      body = raw ? JSON.parse(raw) : undefined;
      const rawFile = this.raw.get(path);
      if (path.startsWith('/raw/')) {
        if (!rawFile) throw new HttpFail(404, '404: Not Found');
        this.requests.push({ method, path, query: u.searchParams, status: rawFile.status, body });
        res.writeHead(rawFile.status, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(rawFile.body);
        return;
      }
      const auth = req.headers.authorization ?? '';
      if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) throw new HttpFail(401, 'Bad credentials');
      for (const rule of this.beforeRules) {
        if (rule.times > 0 && rule.method === method && rule.path.test(path)) {
          rule.times--;
          await rule.fn();
        }
      }
      const fault = this.faultRules.find((r) => r.times > 0 && r.method === method && r.path.test(path));
      if (fault) {
        fault.times--;
        this.requests.push({ method, path, query: u.searchParams, status: 0, body });
        if (fault.fault === 'hang') return; // the socket stays open until the client gives up
        if (fault.fault === 'drop') {
          req.socket.destroy();
          return;
        }
        if (fault.fault === 'malformed') {
          res.writeHead(200, headers);
          res.end('{"sha": "0123456789abcdef0123456789abcdef01234567", "tree": [');
          return;
        }
        let answer = '';
        try {
          const [st, pl] = this.route(method, path, u.searchParams, body as Record<string, unknown> | undefined, headers);
          answer = JSON.stringify(pl);
          status = st;
        } catch {
          /* the change failed; the client learns nothing either way */
        }
        if (fault.fault === 'lose-answer') {
          req.socket.destroy();
          return;
        }
        res.writeHead(status || 500, { ...headers, 'content-length': String(Buffer.byteLength(answer) + 100) });
        res.write(answer.slice(0, Math.floor(answer.length / 2)));
        setTimeout(() => req.socket.destroy(), 20);
        return;
      }
      const fail = this.failRules.find((r) => r.times > 0 && r.method === method && r.path.test(path));
      if (fail) {
        fail.times--;
        Object.assign(headers, fail.headers ?? {});
        throw new HttpFail(fail.status, fail.message);
      }
      if (this.archived && method !== 'GET' && method !== 'HEAD') throw new HttpFail(403, 'Repository was archived so is read-only.');
      [status, payload] = this.route(method, path, u.searchParams, body as Record<string, unknown> | undefined, headers);
    } catch (e) {
      if (e instanceof HttpFail) {
        status = e.status;
        payload = { message: e.message, documentation_url: 'https://docs.github.com/rest', status: String(e.status) };
      } else {
        status = 500;
        payload = { message: e instanceof Error ? e.message : String(e) };
      }
    }
    this.requests.push({ method, path, query: u.searchParams, status, body });
    await this.delay();
    res.writeHead(status, headers);
    res.end(status === 204 ? undefined : JSON.stringify(payload));
  }

  private route(
    method: string,
    path: string,
    q: URLSearchParams,
    body: Record<string, unknown> | undefined,
    headers: Record<string, string>,
  ): [number, unknown] {
    const prefix = `/repos/${this.owner}/${this.repo}`;
    if (!path.startsWith(prefix)) throw new HttpFail(404, 'Not Found');
    const rest = path.slice(prefix.length);
    const b = body ?? {};
    let m: RegExpMatchArray | null;

    if (rest === '' && method === 'GET') {
      return [
        200,
        {
          full_name: this.fullName,
          default_branch: this.defaultBranch,
          private: this.visibility !== 'public',
          visibility: this.visibility,
          archived: this.archived,
          open_issues_count: this.issues.filter((i) => i.state === 'open').length,
          name: this.repo,
          owner: { login: this.owner },
        },
      ];
    }

    // ---- branches (the head commit with its tree in one answer)
    if (method === 'GET' && (m = rest.match(/^\/branches\/(.+)$/))) {
      const sha = this.refs.get(`heads/${m[1]}`);
      if (!sha) throw new HttpFail(404, 'Branch not found');
      const c = this.commits.get(sha)!;
      return [200, { name: m[1], commit: { sha, commit: { tree: { sha: c.tree }, message: c.message } }, protected: false }];
    }

    // ---- Git Data
    if (rest.startsWith('/git/')) {
      if (this.isEmpty) throw new HttpFail(409, 'Git Repository is empty.');
      if (method === 'GET' && (m = rest.match(/^\/git\/ref\/(.+)$/))) {
        const sha = this.refs.get(m[1]);
        if (!sha) throw new HttpFail(404, 'Not Found');
        return [200, { ref: `refs/${m[1]}`, object: { sha, type: 'commit' } }];
      }
      if (method === 'POST' && rest === '/git/refs') {
        const ref = String(b.ref ?? '').replace(/^refs\//, '');
        if (this.refs.has(ref)) throw new HttpFail(422, 'Reference already exists');
        if (!this.commits.has(String(b.sha))) throw new HttpFail(422, 'Object does not exist');
        this.refs.set(ref, String(b.sha));
        return [201, { ref: `refs/${ref}`, object: { sha: b.sha, type: 'commit' } }];
      }
      if (method === 'PATCH' && (m = rest.match(/^\/git\/refs\/(.+)$/))) {
        const cur = this.refs.get(m[1]);
        if (!cur) throw new HttpFail(422, 'Reference does not exist');
        const next = String(b.sha);
        if (!this.commits.has(next)) throw new HttpFail(422, 'Object does not exist');
        if (b.force) this.forcedUpdates++;
        if (!b.force && !this.isAncestor(cur, next)) throw new HttpFail(422, 'Update is not a fast forward');
        this.refs.set(m[1], next);
        return [200, { ref: `refs/${m[1]}`, object: { sha: next, type: 'commit' } }];
      }
      if (method === 'GET' && (m = rest.match(/^\/git\/commits\/([0-9a-f]{40})$/))) {
        const c = this.commits.get(m[1]);
        if (!c) throw new HttpFail(404, 'Not Found');
        return [200, this.commitJson(c)];
      }
      if (method === 'POST' && rest === '/git/commits') {
        const tree = String(b.tree);
        if (!this.trees.has(tree)) throw new HttpFail(422, 'Tree SHA does not exist');
        const parents = (b.parents as string[] | undefined) ?? [];
        for (const p of parents) if (!this.commits.has(p)) throw new HttpFail(422, 'Parent SHA does not exist or is not a commit object');
        const sha = this.putCommit(tree, parents, String(b.message ?? ''), b.author !== undefined || b.committer !== undefined);
        return [201, this.commitJson(this.commits.get(sha)!)];
      }
      if (method === 'GET' && (m = rest.match(/^\/git\/trees\/([0-9a-f]{40})$/))) {
        const entries = this.trees.get(m[1]);
        if (!entries) throw new HttpFail(404, 'Not Found');
        const out: Array<Record<string, unknown>> = [];
        const walk = (list: TreeEntry[], prefix: string) => {
          for (const e of list) {
            out.push({
              path: prefix + e.name,
              mode: e.mode,
              type: e.type,
              sha: e.sha,
              ...(e.type === 'blob' ? { size: this.blobs.get(e.sha)!.length } : {}),
            });
            if (e.type === 'tree' && q.get('recursive')) walk(this.trees.get(e.sha)!, `${prefix}${e.name}/`);
          }
        };
        walk(entries, '');
        return [200, { sha: m[1], tree: out, truncated: false }];
      }
      if (method === 'POST' && rest === '/git/trees') {
        const base = b.base_tree === undefined || b.base_tree === null ? null : String(b.base_tree);
        if (base && !this.trees.has(base)) throw new HttpFail(422, 'base_tree is not a valid tree');
        const entries = (b.tree as Array<Record<string, unknown>> | undefined) ?? [];
        const changes = entries.map((e) => {
          if (e.content !== undefined && e.sha !== undefined)
            throw new HttpFail(422, 'Must supply either tree.sha or tree.content, not both');
          const sha = e.content !== undefined ? this.putBlob(Buffer.from(String(e.content), 'utf8')) : (e.sha as string | null);
          return { path: String(e.path), mode: String(e.mode) as Mode, type: String(e.type) as TreeEntry['type'], sha };
        });
        const sha = this.applyToTree(base, changes);
        return [
          201,
          { sha, tree: this.trees.get(sha)!.map((e) => ({ path: e.name, mode: e.mode, type: e.type, sha: e.sha })), truncated: false },
        ];
      }
      if (method === 'GET' && (m = rest.match(/^\/git\/blobs\/([0-9a-f]{40})$/))) {
        const blob = this.blobs.get(m[1]);
        if (!blob) throw new HttpFail(404, 'Not Found');
        return [200, { sha: m[1], size: blob.length, encoding: 'base64', content: blob.toString('base64') }];
      }
      if (method === 'POST' && rest === '/git/blobs') {
        const content = Buffer.from(String(b.content ?? ''), b.encoding === 'base64' ? 'base64' : 'utf8');
        return [201, { sha: this.putBlob(content) }];
      }
      throw new HttpFail(404, 'Not Found');
    }

    // ---- contents
    if ((m = rest.match(/^\/contents\/(.*)$/))) {
      const filePath = m[1].replace(/\/+$/, '');
      if (method === 'GET') {
        if (this.isEmpty) throw new HttpFail(404, 'This repository is empty.');
        const ref = q.get('ref') ?? this.defaultBranch;
        const commit = this.commits.has(ref) ? ref : (this.refs.get(`heads/${ref}`) ?? this.refs.get(ref.replace(/^refs\//, '')));
        if (!commit) throw new HttpFail(404, `No commit found for the ref ${ref}`);
        const found = this.lookup(this.commits.get(commit)!.tree, filePath);
        if (!found) throw new HttpFail(404, 'Not Found');
        if (found.type === 'tree') {
          return [
            200,
            this.trees
              .get(found.sha)!
              .map((e) => ({ name: e.name, path: `${filePath}/${e.name}`, sha: e.sha, type: e.type === 'tree' ? 'dir' : 'file' })),
          ];
        }
        const blob = this.blobs.get(found.sha)!;
        const inline = blob.length <= this.contentsInlineLimit;
        return [
          200,
          {
            type: 'file',
            name: filePath.split('/').pop(),
            path: filePath,
            sha: found.sha,
            size: blob.length,
            encoding: inline ? 'base64' : 'none',
            content: inline ? (blob.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n' : '',
          },
        ];
      }
      if (method === 'PUT') {
        const branch = String(b.branch ?? this.defaultBranch);
        const parent = this.refs.get(`heads/${branch}`);
        if (!this.isEmpty && !parent) throw new HttpFail(404, `Branch ${branch} not found`);
        const base = parent ? this.commits.get(parent)!.tree : null;
        const existing = base ? this.lookup(base, filePath) : null;
        if (existing && b.sha !== existing.sha)
          throw new HttpFail(
            existing && b.sha === undefined ? 422 : 409,
            existing && b.sha === undefined ? '"sha" wasn\'t supplied.' : `${filePath} does not match ${b.sha}`,
          );
        const blobSha = this.putBlob(Buffer.from(String(b.content ?? ''), 'base64'));
        const tree = this.applyToTree(base, [{ path: filePath, mode: '100644', type: 'blob', sha: blobSha }]);
        const sha = this.putCommit(
          tree,
          parent ? [parent] : [],
          String(b.message ?? ''),
          b.author !== undefined || b.committer !== undefined,
        );
        this.refs.set(`heads/${branch}`, sha);
        return [existing ? 200 : 201, { content: { path: filePath, sha: blobSha }, commit: this.commitJson(this.commits.get(sha)!) }];
      }
      throw new HttpFail(404, 'Not Found');
    }

    // ---- labels
    if (method === 'GET' && (m = rest.match(/^\/labels\/(.+)$/))) {
      const l = this.labels.get(m[1]);
      if (!l) throw new HttpFail(404, 'Not Found');
      return [200, l];
    }
    if (method === 'POST' && rest === '/labels') {
      const name = String(b.name ?? '');
      if (this.labels.has(name)) throw new HttpFail(422, 'Validation Failed: already_exists');
      const l = { name, color: String(b.color ?? 'ededed'), description: String(b.description ?? '') };
      this.labels.set(name, l);
      return [201, l];
    }

    // ---- issues
    if (method === 'GET' && rest === '/issues') {
      const state = q.get('state') ?? 'open';
      const labels = (q.get('labels') ?? '').split(',').filter(Boolean);
      const perPage = Math.min(Number(q.get('per_page') ?? 30), 100);
      const page = Number(q.get('page') ?? 1);
      const all = [...this.issues]
        .reverse()
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => labels.every((l) => i.labels.includes(l)));
      const slice = all.slice((page - 1) * perPage, page * perPage);
      if (page * perPage < all.length) {
        const next = new URL(`${this.url}${path}`);
        q.forEach((v, k) => {
          next.searchParams.set(k, v);
        });
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.toString()}>; rel="next"`;
      }
      return [200, slice.map((i) => this.issueJson(i))];
    }
    if (method === 'POST' && rest === '/issues') {
      const labels = ((b.labels as string[] | undefined) ?? []).map(String);
      const issue = this.addIssue({ title: String(b.title ?? ''), body: String(b.body ?? ''), labels });
      return [201, this.issueJson(issue)];
    }
    if ((m = rest.match(/^\/issues\/(\d+)$/))) {
      const issue = this.issues.find((i) => i.number === Number(m![1]));
      if (!issue) throw new HttpFail(404, 'Not Found');
      if (method === 'GET') return [200, this.issueJson(issue)];
      if (method === 'PATCH') {
        if (b.state === 'open' || b.state === 'closed') issue.state = b.state;
        if (b.state_reason !== undefined) issue.state_reason = b.state_reason as string | null;
        if (typeof b.body === 'string') issue.body = b.body;
        if (typeof b.title === 'string') issue.title = b.title;
        return [200, this.issueJson(issue)];
      }
    }
    if ((m = rest.match(/^\/issues\/(\d+)\/comments$/))) {
      const issue = this.issues.find((i) => i.number === Number(m![1]));
      if (!issue) throw new HttpFail(404, 'Not Found');
      if (method === 'POST') {
        issue.comments.push(String(b.body ?? ''));
        return [201, { id: issue.number * 1000 + issue.comments.length, body: b.body }];
      }
      if (method === 'GET') return [200, issue.comments.map((c, i) => ({ id: issue.number * 1000 + i + 1, body: c }))];
    }
    throw new HttpFail(404, 'Not Found');
  }

  private isAncestor(ancestor: string, sha: string): boolean {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length) {
      const s = stack.pop()!;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(...(this.commits.get(s)?.parents ?? []));
    }
    return false;
  }

  private lookup(treeSha: string, path: string): TreeEntry | null {
    if (path === '') return { name: '', mode: '040000', type: 'tree', sha: treeSha };
    let entries = this.trees.get(treeSha) ?? [];
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
      const e = entries.find((x) => x.name === parts[i]);
      if (!e) return null;
      if (i === parts.length - 1) return e;
      if (e.type !== 'tree') return null;
      entries = this.trees.get(e.sha) ?? [];
    }
    return null;
  }

  private commitJson(c: CommitObj) {
    return {
      sha: c.sha,
      tree: { sha: c.tree },
      parents: c.parents.map((sha) => ({ sha })),
      message: c.message,
      author: c.author,
      committer: c.committer,
      html_url: `https://github.com/${this.fullName}/commit/${c.sha}`,
      verification: c.customAuthor
        ? { verified: false, reason: 'unsigned', signature: null, payload: null }
        : { verified: true, reason: 'valid', signature: '-----BEGIN PGP SIGNATURE-----', payload: 'tree' },
    };
  }

  private issueJson(i: FakeIssue) {
    return {
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.state_reason,
      labels: i.labels.map((name) => ({ name })),
      comments: i.comments.length,
      created_at: i.created_at,
      html_url: `https://github.com/${this.fullName}/issues/${i.number}`,
      ...(i.pull_request ? { pull_request: { url: 'x' } } : {}),
    };
  }
}
