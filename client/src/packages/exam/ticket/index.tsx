import { Page } from '../../../components/Page';
import { BindingGate } from '../../../components/ticket/BindingGate';
import { TicketList } from '../../../components/ticket/TicketList';

export default function Ticket() {
  return (
    <Page title='准考证'>
      <BindingGate>{() => <TicketList />}</BindingGate>
    </Page>
  );
}
