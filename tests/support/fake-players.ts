/**
 * A stand-in for a Vimeo player page: it says it is ready the way Vimeo's
 * player does (a `ready` message to the embedding page, and an answer to a ping).
 */
export const FAKE_VIMEO_PLAYER = `<!doctype html><title>Vimeo</title><p>Video</p><script>
  const say = (message) => parent.postMessage(JSON.stringify(message), '*');
  say({ event: 'ready', player_id: 'fake' });
  addEventListener('message', (event) => {
    if (String(event.data).includes('ping')) say({ method: 'ping', value: true });
  });
</script>`;
