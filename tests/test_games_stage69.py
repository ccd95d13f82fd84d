"""Games, sport and the stage told in the words of war are no event (session 34, round sc69).

Classes (``lexicons/event_patterns.offtopic.tsv`` and ``topics.work_setting``, read by ``gates.offtopic``):

- chess, e-sports and board games are sport cues ("the grandmaster attacked the king with both rooks");
- a rugby or football side in the "opposition half / own half" is a sport phrase;
- re-enactments, staged or mock battles and period uniforms are history cues;
- stage and screen words (extras, playwright, screenplay, pageant, costumed, a mock army, firing blanks);
- a sentence opened by "In the <film / series / opera / game>" (or its possessor, "In the movie's climax") is told
  inside a work: its culture cue counts once more.

Controls: real force near the same words (a theatre stormed by troops, a film crew kidnapped, fans tear-gassed by
police) keeps its event. Sentences written for this test."""

from __future__ import annotations

import pytest

from event_helpers import claimed, show

GAMES = [
 "The grandmaster attacked her rival's king with both rooks in the final round.",
 "In the chess match, the challenger sacrificed a bishop and stormed the black king's defences.",
 "The visiting rugby side invaded the home team's half in the opening minutes.",
 "The striker fired a shot past the goalkeeper in the second half.",
 "The wingers bombarded the penalty area with crosses all afternoon.",
 "The fast bowler attacked the batsmen with short balls on the first morning.",
 "The home side besieged the visitors' goal for the last twenty minutes.",
 "In the online strategy game, the players stormed the enemy base and captured the flag.",
 "The e-sports team ambushed its rivals near the river and destroyed their tower.",
 "In the board game, players invade neighbouring territories and capture their armies.",
 "The defending champions crushed their opponents four goals to nil.",
 "The quarterback blitzed the defence with long passes.",
 "The tennis star attacked the net and crushed her opponent in straight sets.",
 "The chess prodigy captured his opponent's queen on move twenty.",
 "The challengers laid siege to the champions' goal but could not score.",
 "The gamer sniped three rivals from the rooftop to win the tournament.",
 "In the opera, an army of extras storms a painted castle in the second act.",
 "In the film, the hero's commandos ambush a convoy and kidnap the villain.",
 "The actors fired blanks as the mock army stormed the cardboard fort.",
 "In the new series, pirates attack a merchant ship and seize its crew.",
 "The ballet's villain captures the princess and imprisons her in a tower.",
 "On stage, the chorus of soldiers bombards the city walls with paper cannonballs.",
 "In the movie's climax, aliens invade the city and destroy its bridges.",
 "The playwright's characters kill the tyrant in the third act.",
 "Hundreds of re-enactors in period uniforms stormed the fort to the delight of the crowd.",
 "The re-enactment of the famous battle saw cavalry charge the enemy lines.",
 "Costumed volunteers attacked a replica castle at the historical festival.",
 "In the pageant, the townspeople besiege a mock fortress every summer.",
 "The historical society's re-enactors captured the bridge in a staged battle.",
 "In the video game, players shoot zombies and bomb enemy bunkers.",
]

CONTROLS = [
 "Troops stormed a theatre where rebels were holding hostages.",
 "Gunmen kidnapped a film crew near the border on Tuesday.",
 "Police fired tear gas at rugby fans who threw stones at officers.",
 "Militants bombed a concert hall in the city, killing dozens.",
 "Soldiers shot dead a chess teacher at a checkpoint, his family said.",
 "Rebels ambushed a bus carrying a football team, killing the driver.",
 "The army besieged the town where insurgents had seized the stadium.",
 "Armed men abducted an actor from his home in the capital.",
 "Protesters stormed the parliament building on Monday.",
 "Israeli aircraft bombed targets in Gaza on Sunday.",
 "Russian forces captured the village after days of fighting.",
 "Militants attacked a police post near the border, killing three officers.",
 "Troops invaded the neighbouring country at dawn.",
 "Police arrested two fans after the cricket match.",
 "Government forces shelled the rebel-held town overnight.",
 "Gunmen opened fire on spectators at a village wrestling contest.",
]


@pytest.mark.parametrize("text", GAMES)
def test_game_or_stage_in_words_of_war_is_no_event(pipe, text):
    evs = claimed(pipe, text)
    assert not evs, show(evs)


@pytest.mark.parametrize("text", CONTROLS)
def test_real_force_near_game_or_stage_words_keeps_its_event(pipe, text):
    evs = claimed(pipe, text)
    assert evs, text


@pytest.mark.parametrize("text", [
    "Masked gunmen seized a television crew near the frontier on Monday.",
    "In the capital, troops stormed a cinema where gunmen were hiding.",
    "In the film's home town, gunmen attacked a police station on Friday.",
    "In the theatre district, police arrested twelve protesters on Sunday.",
])
def test_a_fronted_place_is_no_work_setting(pipe, text):
    """Only a work ("In the film, ...") is a setting told inside fiction; a place that opens the sentence is not."""
    evs = claimed(pipe, text)
    assert evs, text
