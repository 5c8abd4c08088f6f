import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeCommerce, sampleOrder } from '../test/fake-commerce';
import { createFakeMessages, sampleThread } from '../test/fake-messages';
import { renderApp, sampleCustomer } from '../test/render-app';

const posts = (api: ReturnType<typeof renderApp>['api']) =>
  api.calls.filter((call) => call.method === 'POST');

describe('contact page', () => {
  it('is linked in the footer', async () => {
    renderApp('/');
    const footer = await screen.findByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Contact us' })).toHaveAttribute('href', '/contact');
  });

  it("checks a guest's message, shows the API's field errors, then thanks them", async () => {
    const user = userEvent.setup();
    const { api } = renderApp('/contact');
    expect(await screen.findByRole('heading', { level: 1, name: 'Contact us' })).toBeInTheDocument();
    expect(document.title).toBe('Contact us · Maison Lumière');
    const form = screen.getByRole('form', { name: 'Contact us' });
    const send = within(form).getByRole('button', { name: 'Send message' });

    await user.click(send);
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
      'Enter your name.',
    );
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveFocus();
    expect(within(form).getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
      'We reply to this address. Enter your email address.',
    );
    expect(within(form).getByRole('textbox', { name: 'Subject' })).toHaveAccessibleDescription(
      'Enter a subject.',
    );
    expect(within(form).getByRole('textbox', { name: 'Message' })).toHaveAccessibleDescription(
      'Write your message.',
    );
    expect(posts(api)).toHaveLength(0);

    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Grace Hopper');
    await user.type(within(form).getByRole('textbox', { name: 'Email' }), 'grace@');
    await user.type(within(form).getByRole('textbox', { name: 'Subject' }), 'Sizes');
    await user.type(
      within(form).getByRole('textbox', { name: 'Message' }),
      'Does the linen dress run small?',
    );
    await user.click(send);
    expect(within(form).getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
      'We reply to this address. Enter an email address like name@example.com.',
    );
    expect(posts(api)).toHaveLength(0);

    // The API refuses the address: its message shows on the field.
    await user.clear(within(form).getByRole('textbox', { name: 'Email' }));
    await user.type(within(form).getByRole('textbox', { name: 'Email' }), 'grace@invalid.test');
    await user.click(send);
    const email = within(form).getByRole('textbox', { name: 'Email' });
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription(
        'We reply to this address. This email address cannot receive mail.',
      ),
    );
    expect(email).toHaveFocus();
    expect(within(form).getByRole('alert')).toHaveTextContent('Check the highlighted fields.');

    await user.clear(email);
    await user.type(email, 'grace@example.com');
    await user.click(send);
    expect(await screen.findByText('Thanks, your message is on its way')).toBeInTheDocument();
    expect(
      screen.getByText(/We emailed you a link to follow the conversation at grace@example.com/),
    ).toBeInTheDocument();
    expect(posts(api).at(-1)?.body).toEqual({
      name: 'Grace Hopper',
      email: 'grace@example.com',
      subject: 'Sizes',
      message: 'Does the linen dress run small?',
    });
  });

  it('is offered on the guest order page, with the order in the subject', async () => {
    const user = userEvent.setup();
    const commerce = createFakeCommerce({ myOrders: [sampleOrder(1001, { guestToken: 'tok_secret' })] });
    renderApp('/orders/1001?token=tok_secret', { commerce });
    const help = await screen.findByRole('region', { name: 'Need help?' });
    await user.click(within(help).getByRole('link', { name: 'Ask us a question about this order' }));
    const form = await screen.findByRole('form', { name: 'Contact us' });
    expect(within(form).getByRole('textbox', { name: 'Subject' })).toHaveValue('About order #1001');
  });

  it('lets a signed-in customer name one of their orders, then opens the conversation', async () => {
    const user = userEvent.setup();
    const commerce = createFakeCommerce({ myOrders: [sampleOrder(1002), sampleOrder(1001)] });
    const { api } = renderApp('/contact', { customer: sampleCustomer, commerce });
    const form = await screen.findByRole('form', { name: 'Contact us' });
    expect(form).toHaveTextContent('Writing as Ada Lovelace (ada@example.com).');
    expect(within(form).queryByRole('textbox', { name: 'Email' })).not.toBeInTheDocument();
    const order = await within(form).findByRole('combobox', { name: 'Order' });
    expect(
      within(order)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Not about an order',
      '#1002 · 20 November 2026 · €106.20',
      '#1001 · 20 November 2026 · €106.20',
    ]);
    await user.selectOptions(order, '#1001 · 20 November 2026 · €106.20');
    await user.type(within(form).getByRole('textbox', { name: 'Subject' }), 'Gift wrapping');
    await user.type(within(form).getByRole('textbox', { name: 'Message' }), 'Can you wrap it?');
    await user.click(within(form).getByRole('button', { name: 'Send message' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Gift wrapping' })).toBeInTheDocument();
    expect(screen.getByText('Thanks, your message is sent')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'About order #1001' })).toHaveAttribute(
      'href',
      '/account/orders/1001',
    );
    expect(posts(api).at(-1)?.body).toEqual({
      subject: 'Gift wrapping',
      message: 'Can you wrap it?',
      orderNumber: 1001,
    });
  });
});

describe('account messages', () => {
  it('says when there are none yet, and leads to the contact page', async () => {
    renderApp('/account/messages', { customer: sampleCustomer });
    expect(await screen.findByRole('heading', { name: 'No messages yet' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Account' });
    expect(within(nav).getByRole('link', { name: 'Messages' })).toHaveAttribute('aria-current', 'page');
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Contact us' })).toHaveAttribute('href', '/contact');
  });

  it('lists the conversations and opens one, then sends a reply', async () => {
    const user = userEvent.setup();
    const messages = createFakeMessages({ threads: [{ thread: sampleThread('thr_1') }] });
    const { api } = renderApp('/account/messages', { customer: sampleCustomer, messages });
    const list = await screen.findByRole('list', { name: 'Your conversations' });
    const link = within(list).getByRole('link', { name: /Where is my parcel/ });
    expect(link).toHaveTextContent('We replied');
    expect(link).toHaveTextContent('Order #1001 · Last message on 22 November 2026 · 2 messages');

    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Where is my parcel?' })).toBeInTheDocument();
    const conversation = screen.getByRole('list', { name: 'Messages' });
    const bubbles = within(conversation).getAllByRole('article');
    expect(bubbles.map((bubble) => bubble.getAttribute('aria-label'))).toEqual([
      'You',
      'Camille from Maison Lumière',
    ]);
    expect(bubbles[1]).toHaveTextContent('it left our warehouse this morning.');

    const reply = screen.getByRole('form', { name: 'Reply' });
    await user.click(within(reply).getByRole('button', { name: 'Send reply' }));
    const box = within(reply).getByRole('textbox', { name: 'Your reply' });
    expect(box).toHaveAccessibleDescription('Write your message first.');
    expect(posts(api)).toHaveLength(0);

    await user.type(box, 'Thank you!');
    await user.click(within(reply).getByRole('button', { name: 'Send reply' }));
    await waitFor(() => expect(within(conversation).getAllByRole('article')).toHaveLength(3));
    expect(within(conversation).getAllByRole('article')[2]).toHaveTextContent('Thank you!');
    expect(box).toHaveValue('');
    expect(screen.getByText('Waiting for our reply')).toBeInTheDocument();
    expect(posts(api)).toEqual([
      expect.objectContaining({
        url: expect.objectContaining({ pathname: '/store/me/threads/thr_1/messages' }),
        body: { body: 'Thank you!' },
      }),
    ]);
  });

  it('asks a question from the order page', async () => {
    const user = userEvent.setup();
    const commerce = createFakeCommerce({ myOrders: [sampleOrder(1001)] });
    const { api } = renderApp('/account/orders/1001', { customer: sampleCustomer, commerce });
    await user.click(await screen.findByRole('button', { name: 'Ask a question about this order' }));
    const form = screen.getByRole('form', { name: 'Ask a question about this order' });
    expect(within(form).getByRole('textbox', { name: 'Subject' })).toHaveValue('About order #1001');
    const question = within(form).getByRole('textbox', { name: 'Your question' });
    expect(question).toHaveFocus();
    await user.type(question, 'Can I change the size?');
    await user.click(within(form).getByRole('button', { name: 'Send question' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'About order #1001' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Messages' })).toHaveTextContent('Can I change the size?');
    expect(posts(api)).toEqual([
      expect.objectContaining({
        url: expect.objectContaining({ pathname: '/store/me/orders/1001/threads' }),
        body: { subject: 'About order #1001', message: 'Can I change the size?' },
      }),
    ]);
  });
});

describe('guest conversation link', () => {
  it('shows the conversation and sends a reply with the token', async () => {
    const user = userEvent.setup();
    const messages = createFakeMessages({
      threads: [
        {
          thread: sampleThread('thr_9', { orderNumber: null, status: 'closed' }),
          owner: 'guest',
          token: 'tok_9',
        },
      ],
    });
    const { api } = renderApp('/messages/thr_9?token=tok_9', { messages });
    expect(await screen.findByRole('heading', { level: 1, name: 'Where is my parcel?' })).toBeInTheDocument();
    expect(screen.getByText('Closed')).toBeInTheDocument();
    const box = screen.getByRole('textbox', { name: 'Your reply' });
    expect(box).toHaveAccessibleDescription('This conversation is closed; writing again reopens it.');
    await user.type(box, 'It arrived, thanks.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('Waiting for our reply')).toBeInTheDocument();
    const post = posts(api)[0];
    expect(post?.url.pathname).toBe('/store/threads/thr_9/messages');
    expect(post?.url.searchParams.get('token')).toBe('tok_9');
  });

  it('says the link is not valid for a wrong token', async () => {
    const messages = createFakeMessages({
      threads: [{ thread: sampleThread('thr_9'), owner: 'guest', token: 'tok_9' }],
    });
    renderApp('/messages/thr_9?token=nope', { messages });
    expect(
      await screen.findByText(/This conversation link is incomplete or no longer valid/),
    ).toBeInTheDocument();
  });
});
