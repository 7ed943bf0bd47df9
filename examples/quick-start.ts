import { decide, evolve, initialState, type InquiryCommand, type InquiryState, type Staff } from 'first-inquiry';

const guard: Staff = { id: 's-017', name: 'Wang Wei', department: 'security', onDuty: true };
const plumber: Staff = { id: 's-102', name: 'Li Na', department: 'engineering', onDuty: false };
const inquiryId = 'INQ-1';
const at = (time: string) => `2026-05-04T${time}:00+08:00`; // time is data: the core reads no clock

let state: InquiryState = initialState();
function step(command: InquiryCommand): void {
  const result = decide(command, state);
  if (result._tag === 'Left') {
    console.log(`REFUSED ${result.left.code} (${result.left.rule}): ${result.left.message}`);
    return;
  }
  state = result.right.reduce(evolve, state);
  console.log(`${result.right.map((e) => e.type).join(', ')}; responsible: ${state.status === 'open' ? state.responsible.name : 'nobody'}`);
}

step({
  type: 'ReceiveInquiry',
  data: {
    inquiryId,
    at: at('21:10'),
    actor: guard,
    channel: 'visit',
    category: 'emergency-repair',
    requester: { name: 'Mrs Zhao, 3-1202' },
    intent: 'Water dripping through the kitchen ceiling',
    announced: { name: 'Wang Wei' },
  },
});
const handover = { note: 'Drip over the sink; Mrs Zhao is at home.', reason: 'out-of-scope' } as const;
step({ type: 'TransferInquiry', data: { inquiryId, at: at('21:14'), actor: guard, to: plumber, ...handover } }); // she is off duty
step({ type: 'TransferInquiry', data: { inquiryId, at: at('21:20'), actor: guard, to: { ...plumber, onDuty: true }, ...handover } });
