export default function HomePage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold">Stridelift</h1>
      <p className="mt-4 text-lg">
        A strength season built around your running: two sessions a week on days that leave your hard
        workouts and long runs fresh, fewer sets in the race block, a taper before race day, and every
        session in your calendar.
      </p>
    </main>
  );
}
