from rugwijzer.navigation import History


def test_back_and_forward_walk_the_visited_topics():
    history = History()
    for topic in ("start", "oorzaak", "hernia"):
        history.visit(topic)
    assert history.current == "hernia"
    assert history.back() == "oorzaak"
    assert history.back() == "start"
    assert not history.can_go_back
    assert history.back() == "start"
    assert history.forward() == "oorzaak"
    assert history.can_go_forward


def test_visiting_after_going_back_drops_the_forward_entries():
    history = History()
    for topic in ("start", "oorzaak", "hernia"):
        history.visit(topic)
    history.back()
    history.visit("scoliose")
    assert history.entries() == ["start", "oorzaak", "scoliose"]
    assert not history.can_go_forward


def test_reopening_the_current_topic_adds_nothing():
    history = History()
    history.visit("start")
    history.visit("start")
    assert history.entries() == ["start"]


def test_history_is_bounded_and_can_be_cleared():
    history = History(limit=3)
    for topic in ("a", "b", "c", "d"):
        history.visit(topic)
    assert history.entries() == ["b", "c", "d"]
    history.clear()
    assert history.current is None
    assert not history.can_go_back and not history.can_go_forward
