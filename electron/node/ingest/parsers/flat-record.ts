// Flattens one JSON record straight from tokenizer events into cells of a growing table (no intermediate
// objects). Paths follow json-value.ts: `address.city`, `tags.0`, `{}`/`[]` for empty containers.
// Column lookups go through a cached tree of path nodes, so a record costs one map lookup per value.
import type { Scalar } from './json-tokenizer.js';
import { scalarText } from './json-value.js';
import type { TableShape } from './table-shape.js';

const UNSET = -1;
const DROPPED = -2;

class PathNode {
  col = UNSET;
  private keys: Map<string, PathNode> | null = null;
  private items: PathNode[] | null = null;

  constructor(
    readonly path: string,
    private readonly tree: { nodes: number; max: number },
  ) {}

  private make(name: string): PathNode {
    return new PathNode(this.path === '' ? name : `${this.path}.${name}`, this.tree);
  }

  child(key: string): PathNode {
    const keys = (this.keys ??= new Map());
    let c = keys.get(key);
    if (!c) {
      c = this.make(key);
      // Past the cap, nodes are not cached (hostile input with endless distinct keys stays bounded).
      if (this.tree.nodes++ < this.tree.max) keys.set(key, c);
    }
    return c;
  }

  item(i: number): PathNode {
    const items = (this.items ??= []);
    let c = items[i];
    if (!c) {
      c = this.make(String(i));
      if (this.tree.nodes++ < this.tree.max) items[i] = c;
    }
    return c;
  }
}

interface Frame {
  node: PathNode;
  isArray: boolean;
  index: number;
  count: number;
  pending: PathNode | null;
}

export class FlatRecordBuilder {
  private readonly root: PathNode;
  private readonly frames: Frame[] = [];
  private depth = 0;
  cells: (string | null)[] = [];
  dropped = 0;

  constructor(
    private readonly shape: TableShape,
    private readonly maxColumns: number,
  ) {
    this.root = new PathNode('', { nodes: 0, max: maxColumns * 4 });
  }

  begin(): void {
    this.depth = 0;
    this.cells = [];
    this.dropped = 0;
  }

  startObject(): void {
    this.open(false);
  }
  startArray(): void {
    this.open(true);
  }

  key(name: string): void {
    const f = this.frames[this.depth - 1] as Frame;
    f.pending = f.node.child(name);
  }

  scalar(text: string | null, kind: Scalar): void {
    this.set(this.nextNode(), scalarText(text, kind));
  }

  /** Closes a container; true when the record is complete. */
  end(): boolean {
    const f = this.frames[--this.depth] as Frame;
    if (f.count === 0 && this.depth > 0) this.set(f.node, f.isArray ? '[]' : '{}');
    return this.depth === 0;
  }

  private open(isArray: boolean): void {
    const node = this.depth === 0 ? this.root : this.nextNode();
    let f = this.frames[this.depth];
    if (!f) {
      f = { node, isArray, index: 0, count: 0, pending: null };
      this.frames[this.depth] = f;
    } else {
      f.node = node;
      f.isArray = isArray;
      f.index = 0;
      f.count = 0;
      f.pending = null;
    }
    this.depth++;
  }

  private nextNode(): PathNode {
    const f = this.frames[this.depth - 1] as Frame;
    f.count++;
    return f.isArray ? f.node.item(f.index++) : (f.pending as PathNode);
  }

  private set(node: PathNode, v: string | null): void {
    let col = node.col;
    if (col === UNSET) {
      const known = this.shape.indexOf(node.path);
      if (known !== undefined) col = known;
      else if (this.shape.width >= this.maxColumns) col = DROPPED;
      else col = this.shape.add(node.path);
      node.col = col;
    }
    if (col === DROPPED) {
      this.dropped++;
      return;
    }
    const cells = this.cells;
    while (cells.length < col) cells.push(null);
    cells[col] = v;
  }
}
