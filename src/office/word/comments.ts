// Docket's comments in Word (WordApi 1.4): one per finding on its spot, never two for the same finding, each known by
// the id Word gives it — kept in the document with its settings — so removing them never touches anyone else's
// comment, even one that happens to start with "Docket:". Word applies a batch until a call fails; if one comment is
// refused, the others are added one by one so a single bad spot does not sink them (docs/office-behaviour.md).
import type { Finding, Snapshot } from '../../core';
import type { Comments } from '../host';
import { locate } from './locate';
import type { WordApi } from './word-host';

/** What a comment says: the finding's message and rule, after Docket's name. */
export function commentText(finding: Finding): string {
  return `Docket: ${finding.message} (${finding.ruleId})`;
}

/** A comment Docket added: its id in Word, and the finding it is for (its rule, spot and message). */
interface Owned {
  id: string;
  finding: string;
}

const keyOf = (finding: Finding) => `${finding.ruleId}|${finding.location.text}|${finding.message}`;

export class WordComments implements Comments {
  constructor(private readonly api: WordApi) {}

  async add(findings: readonly Finding[], document: Snapshot): Promise<number> {
    let owned = this.owned();
    const added = await this.api.run(async (context) => {
      // Read with the spots: which of Docket's comments are still there (the user may have deleted some).
      const present = context.document.body.getComments();
      present.load('items/id');
      const spots = await locate(context, document, findings.map((f) => ({ text: f.location.text, location: f.location })), true);
      const ids = new Set(present.items.map((c) => c.id));
      owned = owned.filter((o) => ids.has(o.id));
      const have = new Set(owned.map((o) => o.finding));
      const queued = findings.flatMap((finding, i) => {
        const spot = spots[i];
        return spot && !have.has(keyOf(finding)) ? [{ finding, range: spot.range }] : [];
      });
      const insert = (item: (typeof queued)[number]) => {
        const comment = item.range.insertComment(commentText(item.finding));
        comment.load('id');
        return { finding: item.finding, comment };
      };
      const before = new Set(present.items.map((c) => c.id));
      try {
        const inserted = queued.map(insert);
        await context.sync();
        return inserted.map(({ finding, comment }) => ({ id: comment.id, finding: keyOf(finding) }));
      } catch (error) {
        if (queued.length <= 1) throw error;
      }
      // Word applied the batch up to the comment it refused: find those it added, then add the rest one by one.
      const now = context.document.body.getComments();
      now.load('items/id,content');
      await context.sync();
      const one: Owned[] = [];
      const rest = queued.filter((item) => {
        const made = now.items.find((c) => !before.has(c.id) && c.content === commentText(item.finding) && !one.some((o) => o.id === c.id));
        if (made) one.push({ id: made.id, finding: keyOf(item.finding) });
        return !made;
      });
      for (const item of rest) {
        try {
          const { comment } = insert(item);
          // One sync per comment only after Word refused the batch, so one bad spot costs only its own comment.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          one.push({ id: comment.id, finding: keyOf(item.finding) });
        } catch {
          // This spot refused a comment; the others still get theirs.
        }
      }
      return one;
    });
    if (added.length > 0) await this.api.commentIds.save([...owned, ...added]);
    return added.length;
  }

  async remove(): Promise<number> {
    const owned = this.owned();
    if (owned.length === 0) return 0;
    const ids = new Set(owned.map((o) => o.id));
    const removed = await this.api.run(async (context) => {
      const comments = context.document.body.getComments();
      comments.load('items/id');
      await context.sync();
      const ours = comments.items.filter((c) => ids.has(c.id));
      for (const comment of ours) comment.delete();
      if (ours.length > 0) await context.sync();
      return ours.length;
    });
    await this.api.commentIds.save([]);
    return removed;
  }

  private owned(): Owned[] {
    const kept = this.api.commentIds.load();
    if (!Array.isArray(kept)) return [];
    return kept.filter((o: unknown): o is Owned => typeof (o as Owned | undefined)?.id === 'string' && typeof (o as Owned | undefined)?.finding === 'string');
  }
}
