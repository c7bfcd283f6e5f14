import { type FinderResult, findConversionChains } from '@cardenroll/core';
import { useState } from 'preact/hooks';
import { parsePairs } from './parse-pairs';

interface RuleFinderProps {
  /** Reads the panel saw lately, offered as a start for the pairs. */
  readonly recentReads: readonly string[];
  readonly onUse: (chain: string) => void;
}

/**
 * The rule finder of `npm run card -- find`, beside the panel: three or more reads with the numbers
 * stored for their users give the shortest chains that fit, and one tap tries a chain on live swipes.
 */
export function RuleFinder({ recentReads, onUse }: RuleFinderProps) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<FinderResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const find = () => {
    const { pairs, mistakes } = parsePairs(text);
    if (mistakes.length > 0) return showProblem(`Not a read=expected pair: ${mistakes.join(', ')}`);
    if (pairs.length < 3) return showProblem('Give at least three read=expected pairs.');
    setProblem(null);
    setResult(findConversionChains(pairs));
  };
  const showProblem = (message: string) => {
    setProblem(message);
    setResult(null);
  };
  const proposals = result ? (result.exact.length > 0 ? result.exact : result.partial) : [];

  return (
    <fieldset class="control">
      <legend>Rule finder</legend>
      <label>
        Pairs (read=expected, one a line)
        <textarea
          rows={4}
          value={text}
          spellcheck={false}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </label>
      <div class="control__row">
        <button type="button" onClick={find}>
          Find chains
        </button>
        {recentReads.length > 0 ? (
          <button
            type="button"
            onClick={() => setText(`${text}${text && !text.endsWith('\n') ? '\n' : ''}${recentReads[0]}=`)}
          >
            Add the last read
          </button>
        ) : null}
      </div>
      <div role="status" aria-label="Rule finder result">
        {problem ? <p class="control__status">{problem}</p> : null}
        {result && proposals.length === 0 ? (
          <p class="control__status">No chain converts these reads.</p>
        ) : null}
        {result && result.exact.length === 0 && proposals.length > 0 ? (
          <p class="control__status">No chain fits every pair; the closest:</p>
        ) : null}
        <ol class="proposals">
          {proposals.map((proposal) => (
            <li key={proposal.text}>
              <code>{proposal.text}</code>{' '}
              <button type="button" onClick={() => onUse(proposal.text)}>
                Use {proposal.text}
              </button>
              <p>{proposal.explanation}</p>
            </li>
          ))}
        </ol>
      </div>
    </fieldset>
  );
}
